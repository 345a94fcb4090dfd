"""The shipped concepts of this release: no movements of the baby said with a verb of feeling
("没感觉到胎动", "baby not moving") are a pregnancy danger sign; a fall that lands on the head
("fell … onto his head", "landed on") is a head injury. Only concepts nobody edited are brought
up to the file."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0019_routing_fifth_handwritten_and_literal_first_expressions")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
