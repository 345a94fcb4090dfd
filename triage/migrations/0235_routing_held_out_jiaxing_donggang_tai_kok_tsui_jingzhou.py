"""Four held-out days read (Jiaxing, Donggang, Tai Kok Tsui, Jingzhou); the shipped rules and concepts
as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0234_routing_held_out_zhenjiang_huwei_happy_valley_nanyang")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
