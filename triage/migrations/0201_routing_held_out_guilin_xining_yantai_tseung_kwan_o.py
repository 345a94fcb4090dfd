"""Routing: four more held-out days read (Guilin, Xining, Yantai's orchards, Tseung Kwan O) —
hardly answering when called, a heart "racing like 190"; a chest sore after picking with the arms
raised; desks for an old fit, loin pain with red urine, a normal reading on new pills, 生理痛, a
back's pain down to the calf, a chest wall sore in Cantonese."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0200_routing_held_out_hohhot_tainan_suzhou_chongli")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
