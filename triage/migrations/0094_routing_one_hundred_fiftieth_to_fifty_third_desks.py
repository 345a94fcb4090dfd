"""The shipped rules for the wrong desks of the one hundred and fiftieth to fifty-third
hand-written files: a sick note or a certificate asked for in English is the records office's; a
baby bringing up milk after feeds the children's clinic's ("feed" is no fee); a drinker who
cannot go a day without drink, shaking or sweating without it, psychiatry's; an insurer's
guarantee letter or direct billing the cashier's; a rash from chafing the skin clinic's; a man's
chest growing on testosterone or steroids the endocrine clinic's; whether antivenom is kept in
stock the pharmacy's; a long cough with a low afternoon fever and blood in the sputum or weight
lost the chest clinic's (tuberculosis?), not the fever clinic's; a Chinese-medicine doctor asked
for by name the TCM clinic's (cold hands and feet are no cold). Only rules and concepts nobody
edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0093_routing_one_hundred_fiftieth_to_fifty_third_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
