"""Four held-out sweeps read once both ends were measured (a rainy rush hour, a mountain town, a
women's Wednesday, a late Friday evening): a chest "only a little" tight with a sweat that goes
on; a first period's cramp that has passed, a faint of yesterday fine today, gums that have bled
for months are no emergencies; a knock to the chest, "高反", hot flushes, a menstrual migraine, a
mother low months after a birth, sunburn peeling, a counter asked if still open, visiting in
Cantonese, a wallet lost reach their desks. tests/triage/test_routing_held_out_four_days_read.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0164_routing_look_alikes_of_the_chest_belly_and_mind")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
