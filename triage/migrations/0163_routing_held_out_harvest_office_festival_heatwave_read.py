"""The four general sweeps held out while the look-alikes of long illnesses and accidents taught,
read once both ends were measured: a baby of a month or two with a fever, a face fallen said in
Cantonese, a drink that turned out to be a cleaner, pool chlorine tablets; "抽不出空", peanuts
harvested and a chest burning after dinner are no emergencies; a dressing changed, a spot on a
chest X-ray, a chest wall strain, a child's eyes tested, a heart check wanted, an old person who
will not drink reach their desks.
tests/triage/test_routing_held_out_harvest_office_festival_heatwave_read.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0162_routing_look_alikes_of_long_illnesses_and_accidents")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
