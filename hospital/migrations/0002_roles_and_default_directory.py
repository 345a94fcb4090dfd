from django.db import migrations

ROLES = ["guide", "department_manager", "supervisor", "security_desk"]


def create_roles_and_directory(apps, schema_editor):
    from hospital.directory import load_default_departments

    Group = apps.get_model("auth", "Group")
    for role in ROLES:
        Group.objects.get_or_create(name=role)
    load_default_departments(apps.get_model("hospital", "Department"))


class Migration(migrations.Migration):
    dependencies = [
        ("hospital", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_roles_and_directory, migrations.RunPython.noop),
    ]
