"""Review: the emergency department named as history or of a friend's night is one expression by
its shape each, read within a clause (the normalised text has no 。); the rule for old fits with a
letter names its Chinese twin instead of pointing "above"; no answer changes."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0210_routing_review_recent_fit_and_faint")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
