"""Eight held-out days read: the four the last session left unread (Jiujiang, Lukang, Sheung Shui,
Anshan) and four new (Weifang, Nantou, Tai Wai, Yichang); the shipped rules and concepts as
their module's docstrings tell."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0220_routing_review_emergency_visit_made")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
