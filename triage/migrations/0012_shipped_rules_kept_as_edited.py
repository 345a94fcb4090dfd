"""The shipped lexicon and rules of this release, with English and Traditional Chinese reasons.

Rows nobody touched since they were shipped get their fingerprint first; then only rows that
still hold what was shipped are brought up to the files. An administrator's edit stays.
"""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.concepts import read_lexicon
    from triage.routing.defaults import (
        CONCEPT_CONTENT,
        RULE_CONTENT,
        mark_untouched_as_shipped,
        read_rules,
        sync_shipped_concepts,
        sync_shipped_rules,
    )

    concept_model = apps.get_model("triage", "RoutingConcept")
    concept_history = apps.get_model("triage", "HistoricalRoutingConcept")
    rule_model = apps.get_model("triage", "RoutingRule")
    rule_history = apps.get_model("triage", "HistoricalRoutingRule")
    mark_untouched_as_shipped(
        model=concept_model, history_model=concept_history, fields=CONCEPT_CONTENT
    )
    mark_untouched_as_shipped(model=rule_model, history_model=rule_history, fields=RULE_CONTENT)
    sync_shipped_concepts(
        read_lexicon()["concepts"], concept_model=concept_model, history_model=concept_history
    )
    sync_shipped_rules(
        read_rules(),
        rule_model=rule_model,
        department_model=apps.get_model("hospital", "Department"),
        history_model=rule_history,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0011_routing_reasons_zh_hant_and_shipped_fingerprints"),
        ("hospital", "0002_roles_and_default_directory"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
