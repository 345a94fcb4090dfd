"""Four held-out days read (Kinmen, Ma On Shan, Xuzhou, Beihai); the shipped rules and concepts
as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0222_routing_held_out_zigong_douliu_stanley_liuzhou")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
