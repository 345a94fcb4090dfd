"""Four held-out days read: a snake and its bite apart, a sleeve on fire, pills taken for sweets,
grey lips after hand, foot and mouth disease; a self-harm thought denied with 不会想, breathing
"totally fine", a poison line, sugars up and down over days; desks for burns, old scars, shingles'
pain, an adult's hand, foot and mouth disease, a groin bulge, infertility, the anus, panic on the
metro and hunger's tremor.
tests/triage/test_routing_held_out_qingming_school_night_market_metro.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0181_routing_held_out_harvest_campus_south_night_shift")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
