"""Four held-out days read: pills poured out and nearly swallowed, an old man cold on the floor who
only moans, a sledge into a tree with a white face; a wrong box at the pharmacy, yesterday's x-ray
in the emergency department; desks for admissions, a lost child, motion sickness, frostnip, the
gut clinic and a check-up for fear of heredity.
tests/triage/test_routing_held_out_snow_shipyard_parents_theme_park.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0182_routing_held_out_qingming_school_night_market_metro")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
