"""Routing: four held-out days read (Quanzhou, Hsinchu, Tai Po, Baotou): a stove in a shut room;
a febrile fit over and the child well, a neighbour's stroke that frightened the visitor; desks
for a lung growth operated on, cracked lips, a sting's allergy before a trip."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0207_routing_held_out_yinchuan_pingtung_kwun_tong_changchun")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
