"""Eight held-out days read: a blow to the throat with noisy breathing or a changed voice; a
facial palsy with an eye that will not close and the limbs well (neurology, not the stroke's red
flag); spotting after the menopause, a gouty big toe, pain under the right ribs after fried food,
a child's inhaler, a department named as a place. tests/triage/test_routing_held_out_wednesday_
suburb_cantonese_hill.py and test_routing_held_out_ice_travel_kindergarten_taipei.py hold the
wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0185_routing_held_out_migrants_holiday_taiwan_marathon")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
