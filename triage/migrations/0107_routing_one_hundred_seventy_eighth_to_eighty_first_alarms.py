"""The shipped rules taught by the 178th to 181st hand-written files' emergencies and false alarms:
a child into an adult's medicine told across clauses (a strip prised open, a strip short of some),
a baby's fever told by the weeks since the birth, the red-currant stool in everyday words, a coal
stove lit indoors, a drain cleaner said by what it does and drunk with 把, confusion said as
muddled talk or not knowing one, heavy bleeding after an abortion pill; calm: a child's vaccines
called shots, a crash long past with its fear, a gas stove's flare, a neighbour dead of
pesticide, a sunburn's blisters. Only rules and concepts nobody edited are brought up to the
files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0106_routing_one_hundred_seventy_fourth_to_seventh_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
