"""The shipped rules of this release: burns of the face from a blast or a flame, a small child
into an adult's pills and a belly hardening after a blow are red flags; departments for a
scratched bite, a stent's drugs, the base of the thumb, a line in a nail, milia, calf pain on
walking, a numb tongue, weak knees, smelly urine, bloods asked for and greasy stools. Only rules
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0036_routing_fewer_one_character_forms_of_side_belly_and_mouth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
