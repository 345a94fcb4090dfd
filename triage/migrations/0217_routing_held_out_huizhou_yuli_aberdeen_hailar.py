"""Four held-out days read (Huizhou, Yuli, Aberdeen, Hailar): a pot of soup over a toddler, a
rower's heat stroke in Cantonese; periods not heavy, a twinge on breathing, welts with breathing
fine, strains with no cold sweat and a smoker on a slope raise no red flag; rules for a fish
fin's slow infection and Raynaud's; desks for a bill settled later, iron not helping, dragon
fruit, a baby's hernia, a neurologist's physio, chilblains, an invoice in English."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0216_routing_held_out_kaifeng_puli_tai_o_mudanjiang")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
