from django.db import migrations


def load_defaults(apps, schema_editor):
    from triage.reference import create_routing_settings
    from triage.routing.defaults import load_rows, read_rules

    RoutingRevision = apps.get_model("triage", "RoutingRevision")
    create_routing_settings(apps.get_model)
    load_rows(
        read_rules(),
        rule_model=apps.get_model("triage", "RoutingRule"),
        department_model=apps.get_model("hospital", "Department"),
        with_english_name=False,  # added by 0005
    )
    revision, _created = RoutingRevision.objects.get_or_create(pk=1)
    revision.value += 1
    revision.save()


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0003_routing_rules"),
        ("hospital", "0002_roles_and_default_directory"),
    ]

    operations = [
        migrations.RunPython(load_defaults, migrations.RunPython.noop),
    ]
