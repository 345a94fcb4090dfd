"""The shipped lexicon and rules again: concepts for consultation stories (a groin bulge, hair
loss, blisters, persecution and voices, a deformed limb after an injury, sedative dependence, a
swallowed object, the causes of a sequela) and the rules that compose them."""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    # Rows somebody edited or deleted (they have history) are kept as they left them.
    sync_shipped_files(apps.get_model, fingerprints=False)


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0009_escalation_step_by"),
        ("hospital", "0002_roles_and_default_directory"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
