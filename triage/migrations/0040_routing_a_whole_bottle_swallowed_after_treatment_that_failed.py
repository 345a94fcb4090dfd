"""The shipped rules of this release: a whole bottle, a whole packet or a handful of a medicine
swallowed is an overdose even when the complaint says earlier treatment did not help ("吃药也没用，
今天把一整瓶安眠药吞了"); only a course finished or prescribed in the same clause is none. Only rules
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0039_routing_emptied_bottles_shocks_from_the_mains_and_twelfth_file_words")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
