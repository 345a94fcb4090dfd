"""Review: three entries the shipped rules and concepts held twice (a longer phrase beside the one
that covers it, a gapped phrase whose first part is no word); no answer changes."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0236_routing_held_out_huzhou_xiluo_ap_lei_chau_xiangyang")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
