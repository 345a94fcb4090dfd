"""Review: the fever complaint's 发热 is read as the septic joint's is — not where it is a joint or a
skin warm to the touch ("发红发热", "红肿发热", "摸着发热") — instead of a list of exceptions that
cancelled the whole rule whenever one of them was said, even beside a real fever."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0193_routing_held_out_lake_mothers_snow_office")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
