"""The shipped rules of this release: chest tightness with breathlessness and a cold sweat or
spreading pain is a red flag (the respiratory rule's "胸闷气短" no longer hides it). Only rules
nobody edited are brought up to the file."""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    sync_shipped_files(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("triage", "0014_routing_colloquial_condition_forms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
