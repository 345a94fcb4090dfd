"""Four more held-out days read once measured (a rainy night of delivery riders, the
Mid-Autumn Festival, a sports centre's Sunday, a women's health Thursday): a limb bent the wrong
way with the colour gone, legs that cannot be felt after going over the handlebars, fruit rich in
potassium on dialysis with the heart out of rhythm; a scooter fall of yesterday with the arm
moving, a chronic chest a little worse but walking and talking, a mouth "not crooked" are no
emergencies; a car park's barrier, an ovarian cyst, a numb saddle after a ride.
tests/triage/test_routing_held_out_rain_autumn_sports_women.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0176_routing_held_out_counters_factory_school_couples")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
