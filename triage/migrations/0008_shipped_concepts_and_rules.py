from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.concepts import read_lexicon
    from triage.routing.defaults import read_rules, upsert_concepts, upsert_rows

    upsert_concepts(
        read_lexicon()["concepts"], concept_model=apps.get_model("triage", "RoutingConcept")
    )
    upsert_rows(
        read_rules(),
        rule_model=apps.get_model("triage", "RoutingRule"),
        department_model=apps.get_model("hospital", "Department"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0007_routing_concept"),
        ("hospital", "0002_roles_and_default_directory"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
