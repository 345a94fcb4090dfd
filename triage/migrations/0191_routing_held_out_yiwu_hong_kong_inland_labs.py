"""Four held-out days read: hydrofluoric acid on the skin; a forklift's graze, a forklift read as
one word, tins asked about, a chest wall sore after moving house; a faint told "晕过一次", "不咋"
denying, stress asked of the heart. tests/triage/test_routing_held_out_yiwu_hong_kong_inland_
labs.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0190_routing_held_out_refills_bar_street_flood_back_to_work")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
