"""The shipped rules with the 176th and 177th files' emergencies taught by family: a pregnancy's
visual warning signs (sparkles, flashing lights, things seen blurred and spotted), a fall or a
blow onto the belly in pregnancy, a child into an adult's sleeping pills, a road crash followed
by numb or dead limbs, pinkish or bloody froth coughed up, and sudden severe pain low on one side
of the belly; and calm stories kept calm (a pregnant woman's gums bleeding on brushing, a low
mood after a birth with the wish to die denied, a neighbour's heart attack told). Only rules and
concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0104_routing_one_hundred_seventy_fourth_to_fifth_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
