"""Rules written twice folded into the ones the project had: pain that stays after shingles, a
spot on a chest film, a finger jammed by a ball; their phrases join the
older rules and the copies go. tests/triage/test_routing_held_out_*_read.py hold the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0168_routing_held_out_last_four_read")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
