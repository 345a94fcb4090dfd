"""Routing: four held-out days read (Yinchuan, Pingtung, Kwun Tong, Changchun): desks for a pain
under the ribs after fatty mutton, a fever that comes and goes, a fluttery heartbeat, a faint
yesterday with a check-up asked, a mind full of work."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0206_routing_held_out_urumqi_keelung_yuen_long_luoyang")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
