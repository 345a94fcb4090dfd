"""The acute-psychosis composition reads "kitchen knives", a machete and a TV that "sends him
messages"; the mushroom flag's bare 菌 is not that of probiotics, bacteria or yeast.
tests/triage/test_routing_desk_phone_and_online.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0137_routing_review_bile_and_thyroid")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
