"""The shipped rules taught by the third emergency sweep written blind (injuries): a neck hurt in a
fall, a tackle or a blow told a clause apart, then both arms or hands numb or weak; a wardrobe onto
the back, then legs not one's own; a head injury, then one pupil bigger or a snoring sleep that
cannot be woken; an eye struck by a slingshot, a ball, a stone or a nail, or a chemical told a
clause before the eye; blood spurting or a towel soaked through; a bar, a spear or a horn driven
through; a limb trapped and cold with no pulse, or crushed and hard as stone; a finger cut off and
picked up, or its skin torn off by a machine; the bowel out of a wound; a dog's bite on the neck; a
plug in Cantonese and a child biting a live cable. A shock from a socket that went at once, a toe
knocked weeks ago and a drowning first-aid course are no emergency. After the merge: a cloth soaked
through without blood said is a wound's only when it is a wound's own (towel, gauze, bandage,
dressing); clothes soaked through are sweat's. Only rules and concepts nobody edited are brought up
to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0116_routing_emergency_sweep_blind_first")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
