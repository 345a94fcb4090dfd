"""Four held-out days read: scalding told by its blisters alone, a toddler who chewed pills, a thought
not said, a red flag's severity denied, a child playing happily since a fall, a guide's warning, a
faint the ER called fine, a fish bone coughed up; desks for a drink on antibiotics, worry,
the heart on stairs, sunburn, toenails, the thyroid and breast screening.
tests/triage/test_routing_held_out_wedding_logistics_old_town_estate.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0179_routing_held_out_eight_days_read")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
