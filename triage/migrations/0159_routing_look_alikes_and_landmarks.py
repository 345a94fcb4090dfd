"""Four look-alike sweeps taught: a pregnancy with bright red blood flowing, a grandchild who
swallowed the speaker's tablets; a desiccant sachet, a blood lead test, a small brown spotting
without pain, a double dose of one's own warfarin and the emergency department named as a past
place are no emergencies; a stroke's shoulder pain of months, night confusion in known dementia, a
water bottle left behind, no insurance yet, going in to see a father on a ward reach their desks.
tests/triage/test_routing_look_alikes_and_landmarks.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0158_routing_eight_days_and_read_held_out")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
