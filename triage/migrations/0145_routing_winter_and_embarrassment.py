"""A sexual assault just now and a penile fracture are red flags; a priapism said around ("那里一直
硬着下不去", after a blue pill) and a redness grown into a large patch with a fever reach theirs; an
ovarian cyst a doctor once named no longer cancels a torsion; a skier's white toes are no limb
ischaemia. tests/triage/test_routing_winter_and_embarrassment.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0144_routing_home_accidents_and_long_illnesses")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
