"""The shipped rules of this release: chest tightness with breathlessness and a cold sweat or
spreading pain is a red flag (the respiratory rule's "胸闷气短" no longer hides it). Only rules
nobody edited are brought up to the file."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0014_routing_colloquial_condition_forms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
