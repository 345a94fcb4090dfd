"""Routing: four held-out days read (Urumqi, Keelung, Yuen Long, Luoyang): a hypo told in
Hokkien; someone else's event cared for told a clause later; desks for Hokkien's fall, sneeze,
forgetting and late period, a fish spine in a finger, a residence permit's medical."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0205_routing_held_out_ningbo_tsuen_wan_taitung_xian")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
