"""The wrong desks of the 178th to 181st hand-written files taught by family: a boy's swollen
foreskin, a fever feared to be Kawasaki disease, a nappy rash, threadworms, a coil, a pregnant
woman's teeth, late pregnancy's aching back and hips, the check forty-two days after the birth,
early pregnancy after a miscarriage, a lump feared to be a tumour, an oozing graze, a driving
licence's medical, pesticide sprayed and slept off, loose stools and cramps since arriving. Only
rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0107_routing_one_hundred_seventy_eighth_to_eighty_first_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
