"""Four held-out days read (Lijiang, Changhua, Kwai Chung, Tangshan); the shipped rules and
concepts as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0223_routing_held_out_kinmen_ma_on_shan_xuzhou_beihai")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
