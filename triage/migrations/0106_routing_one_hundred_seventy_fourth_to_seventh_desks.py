"""The wrong desks of the 174th to 177th hand-written files taught by family: a diabetic fasting
(Ramadan) with low sugars or asking how to take the medicine, told to come back and stay for an
operation, a baby's scheduled vaccine, a tooth broken by a fall, a rash after starting an
antibiotic, insurance from abroad used here, a check before trying for a baby,
the menopause's hot flushes in waves (no fever clinic), spotting after the morning-after pill, breastfeeding after
the birth, a piece taken at an endoscopy and its result, a visitor without local insurance asking
to be seen. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0105_routing_one_hundred_seventy_sixth_to_seventh_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
