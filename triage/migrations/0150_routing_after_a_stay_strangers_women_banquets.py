"""Four general sweeps written blind (after a hospital stay, brought in by strangers, women across
a life, banquets and drinking): an eye red and clouding after a cataract operation, a surgical
wound burst open, a belly pain going through to the back with vomiting, a firework in the eye,
waters gone at 32 weeks asked about as Braxton Hicks, a rooftop jump named in Cantonese.
tests/triage/test_routing_after_a_stay_strangers_women_banquets.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0149_routing_transplant_is_a_lasting_state")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
