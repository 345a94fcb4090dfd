"""The shipped concepts and rules of this release: red flags said in more words: a chest gripped
with sweating, a back pain like a knife's cut, a baby under three months with a fever, an eye hurt
by fireworks, a wound that keeps oozing with faintness, a belly hard as a board, food that chokes
with a colour change, a floppy Cantonese baby, a stiff neck (颈梗) and purple spots with a fever,
drowsiness or confusion with diabetes; no urine for a day is urinary retention. Only concepts and
rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0026_routing_dehydration_a_childs_tablets_and_crushed_limbs")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
