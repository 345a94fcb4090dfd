"""The shipped rules taught by two blind sweeps, of the night shift's emergencies and of those a
visitor plays down: a birth about to happen; a child's high-pitched breath with drooling; fingers
hanging by skin; a baby of a month and a half with a fever; blood that spurts; wetting oneself
unnoticed with a bad back; breath too short to finish a sentence.
tests/triage/test_routing_night_and_played_down.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0133_routing_dialect_short_and_long")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
