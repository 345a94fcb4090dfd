"""The shipped concepts and rules of this release: red flags composed from concepts for bleeding
after a birth, a chemical in the eye, voices or persecution with a weapon, a blocked bowel
(vomiting, a swollen belly, no wind), a tearing pain between the shoulder blades, a face dropped
on one side, a snake that bit, a baby's jelly-like stool, and ketoacidosis in English. Only
concepts and rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0034_routing_red_flags_in_hong_kong_taiwan_and_learners_words")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
