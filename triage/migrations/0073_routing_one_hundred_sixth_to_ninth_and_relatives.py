"""The shipped rules of this release: the one hundred and sixth to ninth hand-written files, taught
by family, and a relative's illness read as the relative's.

Missed emergencies: windscreen-washer fluid drunk with vodka, sight "like snow" (methanol); "220 on
130" with a weak hand in learner English; a pressure of "75 40" with a cold sweat; a fever of 40.5
and "not answering us properly"; a glucose meter that "say LO"; fingers nearly off in a press.
False alarms: a full bladder "憋得慌", a knee swollen after a fall but walked on, a jet-ski (水上电单车)
read as a motorbike crash, a father's heart attack at fifty asked about as family history. Desks:
see tests/triage/test_routing_one_hundred_sixth_to_ninth*.py.

Relatives: a relative's known illness, then the visitor's own complaint, holds the relative's red
flag back; a condition named with 有 and a desk asked for is a diagnosis; a hernia that will not go
back in is an emergency; blood in the white of the eye is no coughed-up blood. See
tests/triage/test_routing_relatives.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0072_routing_one_hundred_second_to_fifth_and_named_conditions")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
