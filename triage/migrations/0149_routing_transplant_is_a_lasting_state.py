"""A transplant is a lasting state: the fever flag after one names it as the concept @transplant
(kind "lasting"), so a transplant told "last year" is still the background of today's fever.
tests/triage/test_routing_steps.py::test_a_lasting_state_told_of_the_past_is_had_still."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0148_routing_workplaces_school_summer_typed")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
