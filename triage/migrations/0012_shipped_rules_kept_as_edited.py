"""The shipped lexicon and rules of this release, with English and Traditional Chinese reasons.

Rows nobody touched since they were shipped get their fingerprint first; then only rows that
still hold what was shipped are brought up to the files. An administrator's edit stays.
"""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import (
        CONCEPT_CONTENT,
        RULE_CONTENT,
        mark_untouched_as_shipped,
        sync_shipped_files,
    )

    for name, fields in (("RoutingConcept", CONCEPT_CONTENT), ("RoutingRule", RULE_CONTENT)):
        mark_untouched_as_shipped(
            model=apps.get_model("triage", name),
            history_model=apps.get_model("triage", f"Historical{name}"),
            fields=fields,
        )
    sync_shipped_files(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0011_routing_reasons_zh_hant_and_shipped_fingerprints"),
        ("hospital", "0002_roles_and_default_directory"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
