"""Routing: four held-out days read (Shaoxing, Yilan, Wong Tai Sin, Jilin): a hypo that answers
slowly, a skier's neck with numb feet; desks for shingles told as a streak, hands cracked by
bleach, chilblains, a fall onto the bottom, a skier's thumb."""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    sync_shipped_files(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("triage", "0208_routing_held_out_quanzhou_hsinchu_tai_po_baotou")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
