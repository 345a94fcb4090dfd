"""The shipped rules of this release: the eighty-second to eighty-fifth hand-written files,
taught by family. Missed emergencies: a vehicle overturned or a body crushed under it, then a
swelling belly, a white face or no response; spraying a field (打药) then the pesticide's signs; a
child's ribs sinking in and dusky lips (嘴皮发乌); dialysis skipped or sessions missed; insulin and
no meal then a sweat, shaking or no response; a cup of blood vomited; a full strip of a medicine
swallowed. False alarms: a kiosk that does not react to a card, a swelling or a breathing trouble
denied, a feared illness that turned out otherwise, a fright that nearly brought one on. Desks:
see tests/triage/test_routing_eighty_second_to_fifth*.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0066_routing_seventy_eighth_to_eighty_first_files")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
