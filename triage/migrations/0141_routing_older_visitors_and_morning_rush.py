"""A rash that does not fade when pressed is one concept (non_blanching) for both of its red
flags; medicine hoarded with no wish to go on, or asking how many tablets would kill with
belongings given away, is a suicide plan; an EpiPen carried is no anaphylaxis, one used or
missing beside the reaction is; hard dry stools and an enema, food that sticks going down and a
pressure sore reach their desks. tests/triage/test_routing_older_visitors_and_morning_rush.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0140_routing_holiday_and_county")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
