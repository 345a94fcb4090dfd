"""The four general sweeps held out last round, read once both ends were measured: a thick tongue
with an arm that will not lift, a toddler who ate half a strip of a grandmother's tablets; a faint
at the needle, a visit asked in English, a wrong registration refunded, copies of the records for
an insurer, chilblains, a company check-up, a coat left behind, a stomach upset from the train.
tests/triage/test_routing_held_out_sweeps_read.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0160_routing_look_alikes_of_the_old_and_of_parents")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
