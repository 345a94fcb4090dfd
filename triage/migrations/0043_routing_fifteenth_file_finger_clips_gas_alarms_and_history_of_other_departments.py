"""The shipped rules of this release, taught by the fifteenth hand-written file's families: being
sick or nodding off said in English lay words (a head injury's drowsiness and vomiting), a gas or
carbon monoxide alarm that went off with headaches or drowsiness, a verruca as people spell it,
whether a medicine may be taken with a drink, where to register, the way to a ward's lifts.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0042_routing_relievers_that_fail_hot_liquids_and_stories_told_before_today")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
