"""Two look-alike sweeps taught (the chest, the breath and the head; the belly, poisons,
medicines and the mind): dizziness on standing in pregnancy, a bench-press chest strain, piles
bleeding in pregnancy, gums leaving "血水", a coin swallowed days ago by a child at play are no
emergencies; a red patch on the white of the eye, panic attacks, cardiac rehabilitation, the
chronic-illness scheme, a receipt reissued, one's own tablet taken twice, a pet and a vet, mouth
sores, occult blood in the stool, come to be admitted reach their desks.
tests/triage/test_routing_look_alikes_of_the_chest_belly_and_mind.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0163_routing_held_out_harvest_office_festival_heatwave_read")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
