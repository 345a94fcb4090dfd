"""Four held-out days read (Jinhua, Sanxia, Lam Tin, Pingdingshan); the shipped rules and concepts
as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0231_routing_held_out_luzhou_fengyuan_sheung_wan_anqing")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
