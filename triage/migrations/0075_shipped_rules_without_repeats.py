"""The shipped rules and concepts without the words they said twice: eleven rules repeated a
phrase or a required word inside themselves (好多血, hit by*car, 后背, 老人…) and four concepts a
form (having a fit, 阳虚, 美白, 黑色嘅痰). Harmless to matching (the automaton keeps one of each),
but the admin showed each twice. Only rules and concepts nobody edited are brought up to the
files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0074_routing_one_hundred_tenth_to_thirteenth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
