"""The shipped rules with an object driven into the eye (扎进眼睛, a fish hook, "went into my eye")
read by the eye-injury red flag when sight is lost or the eye bleeds, whatever the object. Only
rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0084_routing_one_hundred_twenty_second_to_fifth_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
