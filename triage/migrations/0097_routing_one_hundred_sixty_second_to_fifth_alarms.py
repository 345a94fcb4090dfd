"""The shipped rules with a stroke said in everyday words: one side of the face sagging, slipping
or fallen (右边脸垮下来, 半边面冧咗落嚟, half her face has slid down); chopsticks, a spoon or a
cup dropping from the hand told with speech that makes no sense (牛头不对马嘴, 答非所问, talking
gibberish) or a face sagging; a baby floppy, listless or hardly responding with vomiting,
diarrhoea, dry nappies or a sunken soft spot; and a baby with a fever, the baby named in another
clause, who is floppy, will not feed or is not looking at you. Only rules and concepts nobody
edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0096_routing_one_hundred_fifty_fourth_to_seventh_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
