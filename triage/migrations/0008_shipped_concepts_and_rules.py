from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    # Rows somebody edited or deleted (they have history) are kept as they left them.
    sync_shipped_files(apps.get_model, fingerprints=False)


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0007_routing_concept"),
        ("hospital", "0002_roles_and_default_directory"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
