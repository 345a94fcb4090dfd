"""The shipped rules with the 187th and 189th hand-written files' alarms taught by family: an acid
named bare or by its bath splashed into an eye, blood through the towels or the bandage on a
wound, a sleeve or a glove caught in a machine; calm: a voice sung or shouted hoarse with a throat
that feels stuck, a stroke asked about with its signs denied, a barcode scanned with no response.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0112_routing_one_hundred_eighty_sixth_and_eighth_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
