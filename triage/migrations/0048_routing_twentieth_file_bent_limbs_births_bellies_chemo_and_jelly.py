"""The shipped rules of this release, taught by the twentieth hand-written file's families: a
limb bent the wrong way after a vehicle said with 让, 给, 叫 or 俾; a fever after a birth with a
foul discharge, a bad pain or signs of shock; a blow to the belly, then pallor or a pain that
grows; a fever during chemotherapy; a baby's stool like red jelly; hot oil or boiling water into
an eye; a foreign body with the breathing said fine; an older person who keeps falling or whose
medicines want sorting; a medicine given back; a squint (斗鸡眼, a segmenter word); a big toe
red and swollen (gout); blurred sight with diabetes. And the same told across clauses: a fall,
then a belly that hurts more; a birth, then a fever with shivering fits or a foul discharge; a
stool like jelly; oil that spat into an eye. Being on many different medicines, said in English,
is no overdose. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0047_routing_nineteenth_file_births_numb_faces_bruises_and_wards")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
