"""Four held-out days read (Zhenjiang, Huwei, Happy Valley, Nanyang); the shipped rules and concepts
as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0233_routing_held_out_yancheng_xinying_sai_wan_ho_changzhi")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
