"""Four more held-out days read once measured (a mining town's Monday, the Lantern Festival's
evening, a teaching hospital's outpatient rush, a border town's weekend): a belly crushed or
trampled with pallor, swelling, thirst or drowsiness; food eaten in heaps is no overdose; a rash
spreading over the chest is no heart attack; dentures and a cane left behind; atrial fibrillation
in full; needing to go all the time. tests/triage/
test_routing_held_out_mine_lantern_outpatients_border.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0170_routing_held_out_winter_market_expat_resort")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
