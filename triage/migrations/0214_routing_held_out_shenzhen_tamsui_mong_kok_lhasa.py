"""Four held-out days read (Shenzhen, Tamsui, Mong Kok, Lhasa): a septic baby's mottled skin, a
headache with confusion or a stagger (a new red flag); an e-bike on its side, a first trip, lips
purple for years and a pack's chest strain raise none; the emergency department named as a visit
made; desks for gout, a Hokkien knee, a bag forgotten, a Cantonese admission, a refund, iron's
black stools, a job's check."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0213_routing_held_out_wenzhou_miaoli_sai_kung_dalian")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
