"""The shipped rules taught by the misses of the 138th to 141st hand-written files: a centipede's
or a leech's bite (a leech's oozing no heavy bleeding), an insect in the ear, a check-up asked
where to register or as a package, Cantonese passing water, panic attacks that pass, a lung
nodule with an operation asked, an older person's many medicines to be gone through, an
admission slip and its deposit, chest tightness on stairs, a pathology report, a small boy's
scrotum bigger standing, medicine paid for and where to collect it, a stone's loin pain with
blood in the pee, a smelly discharge. Only rules and concepts nobody edited are brought up to
the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0087_routing_one_hundred_thirtieth_to_thirty_third_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
