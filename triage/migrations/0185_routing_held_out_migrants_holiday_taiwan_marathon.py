"""Four held-out days read: a man pinned by a car with his belly hurting; relatives' heart attacks and
a neighbour's stroke of days ago told by a visitor who is well; desks for grief, insulin for a
trip, a red eye feared catching and an interpreter.
tests/triage/test_routing_held_out_migrants_holiday_taiwan_marathon.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0184_routing_held_out_factory_summer_altitude_paperwork")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
