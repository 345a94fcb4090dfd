"""An eye injury's exception for sand reads the word whole: "sanding" (a job) is no sand in the
eye, so a splinter flown into an eye while sanding reaches the emergency department again.
tests/triage/test_routing_held_out_rain_autumn_sports_women.py holds the wording."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0177_routing_held_out_rain_autumn_sports_women")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
