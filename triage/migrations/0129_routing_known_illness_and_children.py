"""The shipped rules taught by two blind sweeps, of a new danger in someone with a known illness
and of children's emergencies: black or bloody stools with a body gone white and cold; a
dialysis missed and put off; epilepsy with no fit for years is no fit now; a long-term illness's
medicine running out goes to its own clinic (new, one rule per clinic); a child's fever with a
red swollen joint or a limp (new); a young child's scald with a blister as big as a palm (new); a
baby fallen from a bed or a table with a lump on the head (new); a baby of weeks who grunts or
feeds slowly; a dry nappy; a child hard to wake in Cantonese; breastfeeding help with the baby's
weight said fine. tests/triage/test_routing_known_illness_and_children.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0128_routing_told_by_others")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
