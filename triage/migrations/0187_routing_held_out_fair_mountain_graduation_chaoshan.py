"""Four held-out days read: a heart rate read on a climb with its unwell words denied; hoarse, not
speechless; wild greens at an eatery; a cold under the air-conditioning; a patient's floor and
bed; stiff swollen finger joints; legs swollen after a day standing; a buried tick; a
pre-employment check; sleepless weeks with a pounding heart.
tests/triage/test_routing_held_out_fair_mountain_graduation_chaoshan.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0186_routing_held_out_wednesday_suburb_cantonese_hill_ice_travel")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
