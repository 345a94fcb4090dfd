"""A baby "才生下来二十来天" (some twenty days old) is a young infant for the floppy-or-not-feeding
flag; a wish not to wake again ("睡著就不用醒") is said of suicide.
tests/triage/test_routing_holiday_and_county.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0139_routing_injections_are_no_gunshots")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
