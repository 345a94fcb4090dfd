"""The shipped rules taught by three blind sweeps, of the belly's and the bladder's emergencies,
the bones' and the back's, and a fever's (each new unless said): a kidney stone with a fever; a
fever with a new confusion; a neck stiff (phrases); a newborn's age in days (phrases); sudden
back pain with a grey sweat; yellow eyes with a fever; green vomit; no urine for hours; upper
belly pain through to the back; the cauda equina's signs (forms and phrases); a tight plaster; a
joint out; a hot swollen joint with a fever; crushed flat; "头几步" is no headache.
tests/triage/test_routing_belly_bones_and_fever.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0131_routing_small_parts_mind_and_drugs")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
