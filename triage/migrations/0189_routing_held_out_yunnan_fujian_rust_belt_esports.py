"""Four held-out days read: a diabetes tablet and no meal, then a sweat and muddled answers;
latex in an eye; trigger asked as cause; a relative's heart attack as the reason for worry; cola
drunk like water; a joint warm to the touch is no fever; a black-out days ago, fine since; desks
for gaming, a pharmacy's machine and a clot asked about.
tests/triage/test_routing_held_out_yunnan_fujian_rust_belt_esports.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0188_routing_held_out_seaside_smog_sichuan_high_rise")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
