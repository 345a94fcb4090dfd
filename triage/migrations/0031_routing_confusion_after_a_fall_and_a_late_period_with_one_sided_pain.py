"""The shipped concepts and rules of this release: confusion or drowsiness growing after a fall;
a late period or a positive test with pain on one side of the lower belly (suspected ectopic
pregnancy); loud snoring; leg pain on walking that rest eases. Only concepts and rules nobody
edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0030_routing_numbness_stiffness_leaks_and_certificates")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
