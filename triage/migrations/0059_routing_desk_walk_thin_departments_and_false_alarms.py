"""The shipped rules of this release: the desk walk's second round, the thinner departments.
Desks: choking on food said with 老呛 (the nerve clinic's rule for it), a pigeon chest, an aortic
dissection back for its check, a pituitary tumour in English and the skull opened (开完脑), an
allergy test asked in Cantonese and hives as 风疙瘩, fibromyalgia, a face's "shocks of pain"
(the pain clinic), a pulled elbow in Cantonese (扯咗一下), red dots (红点子) with bleeding gums.
No longer red flags: a pain felt as electric shocks (no electrocution, no major injury), a
stroke's patient who wants to practise walking or speech therapy (no new stroke), a testicle
swollen without pain (no torsion). Only rules and concepts nobody edited are brought up to the
files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0058_routing_desk_walk_every_department_in_the_visitors_words")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
