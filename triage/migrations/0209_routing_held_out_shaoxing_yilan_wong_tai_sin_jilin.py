"""Routing: four held-out days read (Shaoxing, Yilan, Wong Tai Sin, Jilin): a hypo that answers
slowly, a skier's neck with numb feet; desks for shingles told as a streak, hands cracked by
bleach, chilblains, a fall onto the bottom, a skier's thumb."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0208_routing_held_out_quanzhou_hsinchu_tai_po_baotou")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
