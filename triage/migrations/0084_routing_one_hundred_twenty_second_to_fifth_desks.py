"""The shipped rules and concepts with what the 122nd to 125th hand-written files taught beside
their emergencies: a mind in a flutter (心里发慌) with sleeplessness or crying (psychiatry), an
employment medical whose blood test and chest X-ray are named (the check-up centre), a bill not
understood in Cantonese (张单), a lump on the back (under the skin, not a joint), a fish hook in the
skin, the warmth of a red swollen toe (no fever), an older person's handful of medicines (the
geriatric clinic, not the blood-pressure story), a lump on the chest in Cantonese (心口有粒嘢), a
relative's cancer told as the worry, anaemia guessed with a pale face, leg veins standing out,
the bottom in Cantonese (屎忽) sore or bleeding, feet burning and numb (no burn), a child the
shortest of the class or saying few words (kindergarten no illness, a teacher's advice no
complaint), pain running down the leg in its own clause, pain under the right ribs after oily
food in English, and a pain doctor asked for after physiotherapy failed. Only rules and concepts
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0083_routing_one_hundred_twenty_second_to_fifth_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
