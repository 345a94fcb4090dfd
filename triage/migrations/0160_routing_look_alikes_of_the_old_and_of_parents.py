"""Two look-alike sweeps taught (the old and their carers; pregnant women, new mothers and
parents): a stroke's weakness "不太听使唤"; a carer come with clothes for a ward, a deposit paid for
one kept in the emergency department, a belief named otherwise by a neighbour, a faint told of
someone before ("他之前…昏过去一次"), a scooter's graze, a fever over now, crying of a mother or
from a painful feed, a bruise of the white of the eye with sight unharmed, a pink spotting without
cramps are no emergencies; a pain at the pit of the chest after meals, floaters said in Cantonese,
a check's form asked where, visiting hours, urine leaking on a cough reach their desks.
tests/triage/test_routing_look_alike_sweeps.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0159_routing_look_alikes_and_landmarks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
