"""The shipped concepts and rules of this release: a baby a few weeks or days old with a fever
("三个礼拜大"), Hong Kong's words for a child (bb, 细路), bleeding through a pad within the hour,
a bulging soft spot, confusion in a heatwave. Only concepts and rules nobody edited are brought
up to the files."""

from django.db import migrations


def load(apps, schema_editor):
    from triage.routing.defaults import sync_shipped_files

    sync_shipped_files(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("triage", "0028_routing_wounds_that_run_and_strange_speech")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
