"""The shipped concepts and rules of this release: an itch said in every way (痒, Hong Kong's 痕,
itchy) composes with the ear, nose, throat and eye; Cantonese vomiting, appetite, tremor, stroke
and bleeding-in-pregnancy words (呕, 冇胃口, 手震, 讲唔到嘢, 落红); a fit with a fever (抽筋);
a testicle's sudden pain; a negative pregnancy test; a heart attack in English as a heart
condition; a kidney worry; someone's guess at a tumour is no diagnosis; a child word with an
adult's age is no child. Only concepts and rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0020_routing_fetal_movements_and_falls_onto_the_head")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
