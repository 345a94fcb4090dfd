"""The shipped rules with poisoning composed of a pesticide, rat poison or weedkiller named by what
it is for and drinking said apart, or a quarrel then a medicine or a bottle drunk; a button
battery or magnets swallowed told at length; a limb crushed or bent with the foot or hand beyond
cold, white or numb; a part cut off brought along wrapped or on ice; the worst sudden headache
like a blow, or with vomiting and a stiff neck; a fall or a throw onto the back with numb legs;
an arm that will not lift with mumbled speech (stroke); and calm: a forgetful parent's gas left
on with nobody unwell, a wisdom tooth's swelling, a blood sugar that shot up. Only rules and
concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0098_routing_one_hundred_sixty_second_to_fifth_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
