"""Four held-out days read (Jingdezhen, Jinshan, Tung Chung, Anyang); the shipped rules and
concepts as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0227_routing_review_electricity_not_an_injury")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
