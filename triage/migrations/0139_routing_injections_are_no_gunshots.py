"""An insulin, IVF, hormone or vitamin shot (and "shots of" a drink) is no gunshot for the severe
trauma flag. tests/triage/test_routing_desk_phone_and_online.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0138_routing_desk_phone_and_online")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
