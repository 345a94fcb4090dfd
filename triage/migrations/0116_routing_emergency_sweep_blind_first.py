"""The shipped rules taught by the first emergency sweep written blind: a diabetic's hypo told by
a meal not eaten, an empty stomach, exercise or a sudden sweat and stare (and the sugar tablets
named); a child into an adult's tablets dug out with 把; an asthma reliever with no improvement
and speech cut short; a small object breathed in; a detergent pod bitten into; a fit in
Cantonese; heat stroke at noon in the field; a gas water heater in the bathroom; an allergy after
a drip; a collapse with no pulse. Heat stroke asked of as prevention, and carbon monoxide heard
of on the news or as a detector to buy, are no emergency. Only rules and concepts nobody edited
are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0115_routing_emergency_sweep_blind_second")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
