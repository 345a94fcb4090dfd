"""Four held-out days read (Lijiang, Changhua, Kwai Chung, Tangshan); the shipped rules and
concepts as their module's docstring tells."""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    sync_shipped_files(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("triage", "0223_routing_held_out_kinmen_ma_on_shan_xuzhou_beihai")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
