"""The three follow-up plans of the seeds, shipped as data (aftercare/reference.py)."""

from django.db import migrations


def ship(apps, schema_editor):
    from aftercare.reference import load_reference_data

    load_reference_data(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("aftercare", "0001_initial")]

    operations = [migrations.RunPython(ship, migrations.RunPython.noop)]
