"""Four held-out days read: breathlessness with purple lips; two fang marks from an unseen bite
with a swelling limb; a gaping cut, a filler's lip, a panic attack an hour ago, a tooth knocked
loose, a fit last night and normal today, a flooded home, a faint over the holiday; desks for
dizziness on standing on blood pressure pills, a hangover, a punched wall, ringing ears and a
raised PSA. tests/triage/test_routing_held_out_refills_bar_street_flood_back_to_work.py holds the
wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0189_routing_held_out_yunnan_fujian_rust_belt_esports")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
