"""Four more held-out days read once measured (a school sports day, the hours before dawn, a
Shenzhen weekday by the Hong Kong border, a suburban family Saturday): "火辣辣" is no fire, a
question about children in general asks, a child's grandparent or a teacher "with the kids" is no
child; gout woken by, morning stiffness in Cantonese, puffy ankles, a cat's scratch with a lump
under the arm, a small child rolled off a bed and well. tests/triage/
test_routing_held_out_sports_dawn_shenzhen_suburb.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0173_routing_held_out_swim_motorway_exams_chronic")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
