"""Four held-out days read (Zigong, Douliu, Stanley, Liuzhou); the shipped rules and concepts as
their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0221_routing_held_out_jiujiang_to_yichang")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
