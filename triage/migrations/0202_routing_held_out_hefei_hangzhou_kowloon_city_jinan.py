"""Routing: four more held-out days read (Hefei, Hangzhou's West Lake, Kowloon City, Jinan) — a
dishwasher tablet bitten by a toddler; a chest sore after stretching, "能引起…不" asked, a throat
not tight in every rule; desks for a blood count, a graze to dress, a broken cup's cut, a
childhood fit and a driving licence, a mild concussion, cold water swimming."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0201_routing_held_out_guilin_xining_yantai_tseung_kwan_o")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
