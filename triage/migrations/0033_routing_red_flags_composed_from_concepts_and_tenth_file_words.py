"""The shipped concepts and rules of this release: red flags composed from concepts (a throat
closing after a food, a sting or a drug; a stove, heater or charcoal fire with headaches or
drowsiness; a fever or an infection with confusion, mottled skin or low blood pressure; a
diabetic who is confused; a testicle that hurts with being sick; one side of the lower belly
with a late period; a small child who is floppy; a crushing load on a limb), more surface forms
of the red flags already shipped, and departments for a withdrawn teenager, making oneself
sick, choking on drinks, a weeping navel, a catching finger, nails, scalp spots, a patch in the
mouth and breathlessness lying flat. Only concepts and rules nobody edited are brought up to the
files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0032_routing_hong_kong_nose_hair_shingles_and_periods")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
