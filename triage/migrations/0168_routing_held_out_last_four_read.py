"""The last four held-out sweeps, read once the session's last code was measured (a Saturday
morning, a port city, a new suburb, a typhoon night): a fall off a roof with numb legs,
breathlessness with dark lips; a chemical rinsed days ago, seasickness, a faint two days ago fine
now are no emergencies; hand, foot and mouth, a jammed finger, exam nerves, clinics after a
typhoon, a carried child not the patient, a seafarer's medical reach their desks.
tests/triage/test_routing_held_out_last_four_read.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0167_routing_held_out_school_care_site_sunday_read")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
