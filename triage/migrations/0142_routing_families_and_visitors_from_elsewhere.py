"""A baby that moves much less late in pregnancy, a rash pressed under a glass that stays, and
magnetic balls swallowed are said in more words; a birth certificate is the service centre's, an
EpiPen refill the allergy clinic's, a foreign card or "jiaofei" the cashier's, a finding of a job
medical no request for one. tests/triage/test_routing_families_and_visitors_from_elsewhere.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0141_routing_older_visitors_and_morning_rush")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
