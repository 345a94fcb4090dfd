"""Eight held-out days read: a blow with a bottle, a roof and "thinking to jump", a pack of pills
swallowed and "fine now", a death in sleep that is someone else's, a heart rate read off a blood
pressure, "被电" before 电动车, last night's fit over by now; desks for old age, numbness, jet lag,
clots, kidneys, heart valves and pain. The round's two modules in tests/triage
(test_routing_held_out_new_year_*.py, test_routing_held_out_dragon_boat_*.py) hold the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0178_routing_sanding_is_no_sand")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
