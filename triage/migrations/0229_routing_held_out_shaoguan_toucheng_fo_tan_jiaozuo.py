"""Four held-out days read (Shaoguan, Toucheng, Fo Tan, Jiaozuo); the shipped rules and concepts
as their module's docstring tells."""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    sync_shipped_files(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("triage", "0228_routing_held_out_jingdezhen_jinshan_tung_chung_anyang")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
