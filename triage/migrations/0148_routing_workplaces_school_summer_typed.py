"""Four general sweeps written blind (workplaces, school and campus, summer, typed in a hurry):
a heat stroke told by hot dry skin and a muddle, an electric jolt off a live panel, a crush under
a forklift said over two clauses, a goodbye with belongings given away and a rooftop named, a
work-injury claim's papers, sneezing with itchy eyes. tests/triage/test_routing_workplaces_school_summer_typed.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0147_routing_concept_kind_lasting")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
