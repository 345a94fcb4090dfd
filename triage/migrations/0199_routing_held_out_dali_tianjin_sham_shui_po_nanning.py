"""Routing: four more held-out days read (Dali's old town, Tianjin's port, Sham Shui Po, Nanning's
border trade) — a heart rate told "heart about 170"; a throat not tight, a facial palsy with the
limbs well, a head scan clear and its follow-up; desks for a childhood fit, a fish hook's tetanus,
altitude pills, heartburn rising; the eye injury's English phrases with a gap."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0198_routing_held_out_zhengzhou_xiamen_taichung_kunming")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
