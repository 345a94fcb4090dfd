"""The shipped rules with anaphylaxis composed of a trigger (a sting, an insect's bite, a food, a
drug, a jab) and the face, lips, tongue or throat puffing up in everyday words (puffing up,
blowing up, 肿起来, 肿晒) or wheezing and a tight throat; hypothermia composed of cold exposure
(a tent, snow, cold water, a night outside) or a body cold all over with confusion, mumbling,
shivering stopped or unable to stand; and calm: panic attacks that pass told at length, the
emergency department named as where a patient was seen before an admission now asked. Only rules
and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0094_routing_one_hundred_fiftieth_to_fifty_third_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
