"""Four held-out days read: a cord slipping out after the waters break; a febrile fit of last
night with a child playing well today; frostbitten toes no limb ischaemia; a hot pan's blister;
"头没磕" denying the head. tests/triage/test_routing_held_out_lake_mothers_snow_office.py holds the
wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0192_routing_held_out_garment_northwest_monday_taiwan_county")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
