"""Routing: four more held-out days read (a Gansu highway, Hong Kong's islands, Chongqing's stairs,
Qingdao's sea) — a fall with neck pain and feet without feeling; a feeling denied with 不会,
breathing "好好的"; a normal blood pressure asked about, an admission to orthopaedics."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0196_routing_held_out_guizhou_shanghai_kaohsiung_wuhan")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
