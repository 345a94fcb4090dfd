"""Review of the round's rules: a bare "bile" ("bile reflux after gallbladder surgery") is no green
vomit, and a thyroid patient asking what to take when a fever comes is no fever now.
tests/triage/test_routing_medicines_and_glands.py and test_routing_belly_bones_and_fever.py."""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    sync_shipped_files(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("triage", "0136_routing_medicines_and_glands")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
