"""The shipped rules and concepts of this release: a count of pieces of something that is no
medicine (十几片卫生巾) is no overdose; Hong Kong's waters broken (穿羊水); the heel and the sole; a
lump of the eyelid is the eye's; loin colic with red urine; phlegm that will not go down; "feel
sad"; and the rules' regular expressions written so that each begins with a character or one
class (the weeks of pregnancy, a child's age, "x years old", tablets counted, a blood sugar in
English): the same matches, found faster. Only rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0018_routing_fourth_handwritten_concepts_and_lists")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
