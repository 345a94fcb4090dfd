"""The shipped rules taught by two blind sweeps, of emergencies in dialect and slang and in very
short and very long complaints: blood chucked up; mothballs; 牙花子; 冇咗知觉 and 唔识郁; a
dialysis not got to; a stiff neck with light hurting the eyes (new); medicines picked up.
tests/triage/test_routing_dialect_short_and_long.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0132_routing_belly_bones_and_fever")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
