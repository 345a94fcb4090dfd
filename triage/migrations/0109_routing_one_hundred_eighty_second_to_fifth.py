"""The misses of the 182nd to 185th hand-written files taught by family: a fall (a slip off a
ledge) with the legs that can neither feel nor move; a bone pushed out through a bleeding shin; a
band round the head that is no throat closing; a scan's report to collect; shingles healed and
still painful; an elder getting lost and forgetting names; copies of reports for an insurer; a
schoolchild's car sickness; admitted today for an operation, where to check in; a sick note for a
tummy bug; a freshman's entrance physical report; a finger jammed by a ball; an HIV test after
unprotected sex. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0108_routing_one_hundred_seventy_eighth_to_eighty_first_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
