"""Four more themed sweeps taught (teenagers, people already inside the hospital, hobbies, the
senses and the mouth): drooping lids or double vision with trouble swallowing (botulism, a
myasthenic crisis), a chip flown into an eye with blood or lost sight, a swelling under the chin
said in English; an allergy or a choke settled ("breathing's fine too", "coughed it straight
out"); desks for dark skin at the neck, an eating disorder, a thorn gone bad, a lost sense of
smell, positional vertigo, a receipt lost, what student insurance pays, a croaky voice, distance
vision blurring over years. tests/triage/test_routing_teens_inside_hobbies_senses.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0154_routing_beauty_markets_births_pets")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
