"""A fever after an organ or marrow transplant is a red flag (immunosuppressed); a nail driven in
by a nail gun or a rod still in the wound is severe trauma; a swollen ankle after a fall is no
kidney's oedema; a kidney transplant's follow-up is the kidney clinic's.
tests/triage/test_routing_home_accidents_and_long_illnesses.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0143_routing_sport_and_minds")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
