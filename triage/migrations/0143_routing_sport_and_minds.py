"""Affairs put in order and goodbyes said, and a strangling by someone, are red flags; a rugby
tackle is an injury for the spinal flag; a stomach that burns is no burn; an antidepressant's
dose and a dependence on painkillers are psychiatry's; a tick bite is the infection clinic's.
tests/triage/test_routing_sport_and_minds.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0142_routing_families_and_visitors_from_elsewhere")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
