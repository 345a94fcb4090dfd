"""Eight general sweeps of ordinary days (four taught, four held out) and the eight held out
before them, read: a collapse with chest compressions, a pain likened to tearing or a weight
pressing told in its own clause, dark lips with breathlessness, a long coach ride before a
swollen leg, a faint with a late period, a kick in the groin with vomiting, a flask knocked over;
a burning in the chest is heartburn, not a burn; medicine collected and its window asked, sickness
during chemotherapy, epilepsy's medicines, balance training after a fall, a bill not yet paid in
Cantonese. tests/triage/test_routing_eight_days_and_read_held_out.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0157_routing_review_new_flags_exceptions")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
