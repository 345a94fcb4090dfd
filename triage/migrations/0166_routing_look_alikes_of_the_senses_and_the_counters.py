"""Two look-alike sweeps taught (the senses and the skin; errands at the counters): a tongue gone
big after a new pill, something flown into an eye while grinding; a crash behind a stay, a stent's
fee, the stroke ward's visiting hours are no emergencies; a wheelchair, the serious-illness
scheme, a death certificate, a complaint, a double payment, a deposit topped up, a referral's
sender, a drug allergy tested reach their desks.
tests/triage/test_routing_look_alikes_of_the_senses_and_the_counters.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0165_routing_held_out_four_days_read")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
