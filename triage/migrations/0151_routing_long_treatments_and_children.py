"""Two general sweeps written blind (long-term treatments, children to twelve): a baby vomiting
green, a stroke's face "a bit lopsided" with words lost, an asthma attack with a few words at a
time, fits without coming round, a missed dialysis said in its own words, a plan to take all the
sleeping pills tonight. tests/triage/test_routing_long_treatments_and_children.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0150_routing_after_a_stay_strangers_women_banquets")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
