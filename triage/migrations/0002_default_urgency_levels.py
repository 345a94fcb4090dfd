from django.db import migrations

# China's emergency pre-triage levels: I immediate, II within 10 min, III 30 min, IV 4 hours.
DEFAULTS = {"I": 0, "II": 10, "III": 30, "IV": 240}


def create_levels(apps, schema_editor):
    UrgencyLevel = apps.get_model("triage", "UrgencyLevel")
    for code, minutes in DEFAULTS.items():
        UrgencyLevel.objects.get_or_create(code=code, defaults={"reassess_minutes": minutes})


class Migration(migrations.Migration):
    dependencies = [("triage", "0001_urgency_decisions_escalations")]

    operations = [migrations.RunPython(create_levels, migrations.RunPython.noop)]
