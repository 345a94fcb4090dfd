"""Four held-out days read (Yueyang, Ruifang, Tsing Yi, Ordos); the shipped rules and concepts as
their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0225_routing_held_out_yangshuo_zhubei_sai_ying_pun_zibo")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
