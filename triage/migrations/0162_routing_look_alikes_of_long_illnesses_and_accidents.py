"""Two look-alike sweeps taught (long-standing illnesses; accidents and injuries): a child's usual
short seizure over, a crash witnessed, an old crush injury's papers, an X-ray paid for, a stay's
records are no emergencies; a crash's sleeplessness, a healed bite's scar, rabies vaccine's last
dose, stitches out, films for an insurer, a fit-to-work letter, 羊痫症, a swollen ear after a
tackle reach their desks. tests/triage/test_routing_look_alikes_of_long_illnesses_and_accidents.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0161_routing_held_out_sweeps_read")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
