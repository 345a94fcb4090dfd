"""The shipped rules of this release: a face or skin charred black is a burn of the face at once,
whatever set it alight; poisoning said to be over ("中毒好了", "recovered from food poisoning")
is no emergency. Only rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0037_routing_burns_from_a_blast_a_child_into_pills_and_eleventh_file_words")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
