"""The shipped concepts and rules of this release: Hong Kong's runny nose and sneezes (流鼻水,
打乞嗤), hair falling out (甩头发), shingles (生蛇), a heavy head (头好重) and a period called
"M" (冇嚟M). Only concepts and rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0031_routing_confusion_after_a_fall_and_a_late_period_with_one_sided_pain")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
