"""Four more held-out days read once measured (a summer Sunday by the water, a motorway hub on a
holiday, a university's exam week, the chronic-disease clinics' Thursday): a flash fire's burn
said with 烧, a thigh bent out of shape, potassium high said as 钾离子; what friends say may
happen, an accident seen, someone else discharged are no emergencies; a jellyfish sting, ground
teeth and a clicking jaw, breathless on effort with swollen ankles, medicine forgotten at home,
a lost folder, an ear's discharge, water up the nose, uric acid by number, blisters written
whole. tests/triage/test_routing_held_out_swim_motorway_exams_chronic.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0172_routing_held_out_flu_bars_maternity_township")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
