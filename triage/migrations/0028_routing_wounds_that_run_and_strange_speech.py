"""The shipped concepts and rules of this release: blood that runs down (血往下淌) or a gaping
wound is heavy bleeding; speech suddenly strange and one hand dropping things are stroke signs;
dropping things told as a long story is the neurology clinic's. Only concepts and rules nobody
edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0027_routing_more_red_flag_wordings")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
