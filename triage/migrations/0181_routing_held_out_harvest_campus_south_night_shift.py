"""Four held-out days read: a dementia's slow course that is no stroke, yesterday's high pressure read
lower today, a sensation denied with a bare 不, pesticide sprayed that is no pharmacy's; desks for
the thyroid, years of drinking, the kidneys and a cold caught.
tests/triage/test_routing_held_out_harvest_campus_south_night_shift.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0180_routing_held_out_wedding_logistics_old_town_estate")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
