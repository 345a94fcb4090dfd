"""The shipped rules with the 186th to 189th hand-written files' wrong desks taught by family: a
cobra is no pair of glasses, 'heart burn' in two words is heartburn, the brain department (脑科)
and an 'endocrine' doctor named, a sugar told as a reading, paediatrics named for a child's
visit, married for years with 'no news' (没有消息), the heart to be checked said as 个心, which
papers to register with and where to get a patient card, a fit-to-fly certificate, a cough
from the smoke of fields burnt nearby, and a pain of years that painkillers no longer help. Only
rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0113_routing_one_hundred_eighty_seventh_and_ninth_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
