"""Four held-out sweeps read once both ends were measured (a school term's first Monday, a
retirement community, a construction zone, a Sunday night): a group food poisoning, a man shaking
on the ground, clothes caught fire; "fell asleep", a playground slide, a hangover's headache, a
taste of blood are no emergencies; a brace wire, pain after shingles, which ward, a carer's
strength, a chest tight on the stairs, leg ulcers, end-of-life care, a skin spot that never heals,
a tick's head reach their desks. tests/triage/test_routing_held_out_school_care_site_sunday_read.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0166_routing_look_alikes_of_the_senses_and_the_counters")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
