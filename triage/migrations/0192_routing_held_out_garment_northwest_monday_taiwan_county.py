"""Four held-out days read: a fall from a horse with confusion or vomiting; "心肝头" pressing with a
cold sweat; a body part between a denial and what it denies, "felt faint" and fine now, a faint
asked about, yesterday's motorbike fall; desks for a needle through a nail, a clinic's slip at the
pharmacy and a bill paid late. tests/triage/test_routing_held_out_garment_northwest_monday_
taiwan_county.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0191_routing_held_out_yiwu_hong_kong_inland_labs")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
