"""Four held-out days read (Kinmen, Ma On Shan, Xuzhou, Beihai); the shipped rules and concepts
as their module's docstring tells."""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    sync_shipped_files(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("triage", "0222_routing_held_out_zigong_douliu_stanley_liuzhou")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
