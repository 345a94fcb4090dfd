"""Four held-out days read once measured (a northern winter night, a river town's market day, an
expat district's Saturday, a hot-spring resort's Sunday): many stings or dark urine after stings,
weakness still there after a past stroke, a snake told harmless, a question that tells two things
apart, jaundice and the ribs in dialect, skin red and hot from the sun, chapped hands, a tick in
the skin, someone else's blood or a used needle. tests/triage/
test_routing_held_out_winter_market_expat_resort.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0169_routing_merge_rules_written_twice")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
