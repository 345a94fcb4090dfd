"""The shipped rules taught by two blind sweeps, of emergencies a relative tells in lay words and
of those after something happened: confusion today in someone well yesterday (new); weary of
life said as not bearing it any longer; a headache that grows, with vomiting (new); cleaners
mixed or their fumes breathed in, then a tight chest or a cough (new); a chemical splashed on the
face or into an eye (new; dish soap in an eye is the eye clinic's); a blow to the belly by an
elbow or a knee; a night lost in the cold; a hangover (new, general practice); a wound's stitches
to come out is no serious injury. tests/triage/test_routing_told_by_others.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0127_routing_quiet_emergencies")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
