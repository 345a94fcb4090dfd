"""Four held-out days read: burns told by the skin coming off after a blast or a spilled pot, a
bone showing with a towel that cannot stop the blood, fluid leaking in pregnancy; a stroke's
weak hand that is its sequel; no cough and no wheeze now after a near-drowning; chilli oil; blood
dripping after a stool. tests/triage/test_routing_held_out_seaside_smog_sichuan_high_rise.py
holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0187_routing_held_out_fair_mountain_graduation_chaoshan")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
