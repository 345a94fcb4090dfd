from django.db import migrations


def create_roles_and_directory(apps, schema_editor):
    from hospital.reference import load_reference_data

    load_reference_data(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [
        ("hospital", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_roles_and_directory, migrations.RunPython.noop),
    ]
