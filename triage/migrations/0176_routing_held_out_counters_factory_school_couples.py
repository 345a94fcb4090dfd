"""Four more held-out days read once measured (the service counters' Monday, a factory
dormitory town, an after-school evening, older couples on a Tuesday): pills eaten as sweets,
dish water drunk, metal flown into an eye after "without goggles and"; a box short at the
pharmacy, weakness still there after a stroke of last year, what one is prone to asked are no
emergencies; things left on a chair and handed in, a parent collecting a child, a car park's
hours. tests/triage/test_routing_held_out_counters_factory_school_couples.py holds the
wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0175_routing_held_out_plateau_office_others_typed")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
