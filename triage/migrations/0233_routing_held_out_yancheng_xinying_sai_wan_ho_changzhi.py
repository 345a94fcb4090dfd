"""Four held-out days read (Yancheng, Xinying, Sai Wan Ho, Changzhi); the shipped rules and concepts
as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0232_routing_held_out_jinhua_sanxia_lam_tin_pingdingshan")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
