"""The shipped concepts and rules of this release: a baby a few weeks or days old with a fever
("三个礼拜大"), Hong Kong's words for a child (bb, 细路), bleeding through a pad within the hour,
a bulging soft spot, confusion in a heatwave. Only concepts and rules nobody edited are brought
up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0028_routing_wounds_that_run_and_strange_speech")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
