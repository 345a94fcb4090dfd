"""Routing: four more held-out days read (Hohhot, Tainan's festival, Suzhou, Chongli's slopes) — a
truck's or a bus's crash in English, 叫伊勿应; a head scan clear and its 回诊, a chest sore to the
press after ski falls; desks for a black sore after skinning a dead sheep, a childhood fit with
none since, a thyroid found abnormal at a company check, out-of-town insurance, a thumb yanked
back."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0199_routing_held_out_dali_tianjin_sham_shui_po_nanning")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
