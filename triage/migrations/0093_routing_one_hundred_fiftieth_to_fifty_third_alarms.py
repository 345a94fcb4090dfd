"""The shipped rules and concepts taught by the 150th to 153rd hand-written files' emergencies and
false alarms: a head split open with bleeding that will not stop (止唔到, a towel soaked with blood),
a weight dropped onto the neck with no feeling in the limbs, urine said as 小便 the colour of cola
after a hard class, a hot child's single purple dot, an old person with a fever who barely answers
when called; calm: a pile of medicines an old person cannot keep straight, a food poisoning with
nothing alarming, a broken hip asked about its admission paperwork. (A home pressure below 200/120
told to ask for tablets that ran out is read in code, redflags.py.) Only rules and concepts
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0092_routing_one_hundred_forty_sixth_to_ninth_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
