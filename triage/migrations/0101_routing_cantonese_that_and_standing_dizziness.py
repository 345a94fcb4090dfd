"""The shipped rules with a light-headedness on standing up that comes often, or after a stroke in
the family, left to the clinics that see it (not the one-off settled moment general practice
sees): read now that Cantonese 嗰 stays a word of its clause ("企起身嗰阵"). Only rules and
concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0100_routing_one_hundred_sixty_sixth_to_ninth_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
