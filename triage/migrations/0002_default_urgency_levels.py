from django.db import migrations


def create_levels(apps, schema_editor):
    from triage.reference import create_urgency_levels

    create_urgency_levels(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("triage", "0001_urgency_decisions_escalations")]

    operations = [migrations.RunPython(create_levels, migrations.RunPython.noop)]
