"""The shipped rules and concepts without five known false alarms: pufferfish named as food (only
eaten is a poisoning), no swallowing beside reflux or a sore throat (anaphylaxis only with a
swelling, an allergy, a closing throat, breathing trouble or a sudden onset), a medicine asked
about for a headache in pregnancy (a severe headache and the other danger signs stay), and a car
hitting a parked car (damage to property). Only rules and concepts nobody edited are brought up
to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0075_shipped_rules_without_repeats")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
