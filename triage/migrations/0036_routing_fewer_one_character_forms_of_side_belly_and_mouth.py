"""The shipped concepts of this release: the one-character forms of one side (左, 右), the belly
(肚) and a mouth patch (包, 肿) go, and so do "left", "right", "sore" and "ulcer" as such forms
(they were found in most complaints for nothing; the longer forms say the same). Only concepts
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0035_routing_bleeding_after_birth_chemicals_in_the_eye_and_a_blocked_bowel")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
