"""Four held-out days read (Jingdezhen, Jinshan, Tung Chung, Anyang); the shipped rules and
concepts as their module's docstring tells."""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    sync_shipped_files(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("triage", "0227_routing_review_electricity_not_an_injury")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
