"""The shipped concepts with a small child said by age in English ("my 3 year old", "a two year
old"), read as a little child like "my toddler": a fever with a floppy child said so reaches the
emergency department. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0109_routing_one_hundred_eighty_second_to_fifth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
