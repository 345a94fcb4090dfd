"""Four held-out days read: a chemical splashed on the face or eyes, pills counted a clause after the
bottle; a blood pressure read again after a rest, a tooth's throbbing that is no seizure, chronic
poisoning asked; desks for the thyroid, an inhaler collected, a trekking certificate, worn knees
and a teenager's nights of gaming.
tests/triage/test_routing_held_out_factory_summer_altitude_paperwork.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0183_routing_held_out_snow_shipyard_parents_theme_park")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
