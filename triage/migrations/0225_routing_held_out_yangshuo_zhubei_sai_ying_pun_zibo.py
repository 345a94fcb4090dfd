"""Four held-out days read (Yangshuo, Zhubei, Sai Ying Pun, Zibo); the shipped rules and
concepts as their module's docstring tells."""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    sync_shipped_files(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("triage", "0224_routing_held_out_lijiang_changhua_kwai_chung_tangshan")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
