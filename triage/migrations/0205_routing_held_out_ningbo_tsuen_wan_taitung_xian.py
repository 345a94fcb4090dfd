"""Routing: four held-out days read (Ningbo, Tsuen Wan, Taitung, Xi'an): a fit with the eyes going
up, heat with no sweat, a hypo that hardly wakes, a wound's fever with a muddled head; desks for
breathlessness with a racing heart, periods stopped with acne, cupping."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0204_routing_held_out_lanzhou_taoyuan_sha_tin_shijiazhuang")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
