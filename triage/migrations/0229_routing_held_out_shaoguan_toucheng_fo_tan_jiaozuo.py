"""Four held-out days read (Shaoguan, Toucheng, Fo Tan, Jiaozuo); the shipped rules and concepts
as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0228_routing_held_out_jingdezhen_jinshan_tung_chung_anyang")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
