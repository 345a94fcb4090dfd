"""Four held-out days read (Luzhou, Fengyuan, Sheung Wan, Anqing); the shipped rules and concepts
as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0230_routing_held_out_eight_days_first_round")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
