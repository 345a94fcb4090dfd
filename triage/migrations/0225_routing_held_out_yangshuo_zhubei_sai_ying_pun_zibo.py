"""Four held-out days read (Yangshuo, Zhubei, Sai Ying Pun, Zibo); the shipped rules and
concepts as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0224_routing_held_out_lijiang_changhua_kwai_chung_tangshan")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
