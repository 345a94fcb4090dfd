"""Review of the round's rules: a bare "bile" ("bile reflux after gallbladder surgery") is no green
vomit, and a thyroid patient asking what to take when a fever comes is no fever now.
tests/triage/test_routing_medicines_and_glands.py and test_routing_belly_bones_and_fever.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0136_routing_medicines_and_glands")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
