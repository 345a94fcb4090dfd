"""The shipped rules and concepts with what the 122nd to 125th hand-written files taught about
emergencies: glue, paint or a solvent splashed into the eye (a chemical in the eye), a wound's
redness spreading fast up a limb with shaking or confusion (sepsis), a severe upper belly pain that
bends the person double and goes to the back or brings a cold sweat (pancreatitis, a perforation),
and a temple that throbs (太阳穴一抽一抽), a headache and no fit. Only rules and concepts nobody
edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0082_routing_one_hundred_eighteenth_to_twenty_first_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
