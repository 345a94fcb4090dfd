"""Eight held-out days read (Wuxi, Chishang, Causeway Bay, Weihai; Zhangjiakou, Beitou, Kennedy
Town, Baoding); the shipped rules and concepts as their modules' docstrings tell."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0229_routing_held_out_shaoguan_toucheng_fo_tan_jiaozuo")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
