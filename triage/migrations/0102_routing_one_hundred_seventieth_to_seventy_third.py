"""The misses of the one hundred and seventieth to the one hundred and seventy-third hand-written
files taught by family: a seizure and pre-eclampsia in plainer words; anxious spells that pass
(the panic exceptions no longer keyed on the word panic alone), a deposit for an admission through
the emergency department said either way round and a heat stroke days ago kept from the red
flags; a child's height, standing light-headedness asked as anaemia, a back stiff from a hard
bed, trying for a baby in learners' English, a sore lump that keeps one awake, a burning stomach
and roseola at their desks. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0101_routing_cantonese_that_and_standing_dizziness")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
