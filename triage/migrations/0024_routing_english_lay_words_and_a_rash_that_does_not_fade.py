"""The shipped concepts and rules of this release: English lay words (the loo, a water infection,
a pulled muscle, a verruca, a cyst, the room spinning, feeling down, drinking too much, the
morning-after pill, hot flushes, trying to conceive, blood in the vomit, hives, boiling water);
a fever with a rash that does not fade is a red flag. Only concepts and rules nobody edited are
brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0023_routing_parents_words_and_whether_questions")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
