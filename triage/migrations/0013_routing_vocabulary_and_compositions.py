"""The shipped lexicon and rules of this release: more forms of the department conditions, the
neurosurgery conditions, and red flags by composition (an object driven into the body, a sting
with a whole-body reaction, thoughts of not living with a means at hand).

Only rows that still hold what was shipped are brought up to the files; an administrator's edit
stays (the fingerprints of migration 0012).
"""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0012_shipped_rules_kept_as_edited"),
        ("hospital", "0002_roles_and_default_directory"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
