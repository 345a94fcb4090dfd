"""The shipped rules taught by two blind sweeps, of emergencies hidden in "small" complaints and
in the mind, drink, drugs and old age (each new unless said): a curtain across one eye that leaves nothing seen; blisters
or peeling after a new medicine; a toe or a wound gone black that smells; a red patch spreading
with a fever (phrases); a throat too sore to swallow the spit; a hard swelling under the jaw; an
eye swollen shut with a fever; thoughts of jumping (phrases); found on the floor and cannot be got
up (phrases); a spiked drink; lithium toxicity; alcohol withdrawal; herbs or a medicinal wine,
then vomiting; tablets counted roughly; whether two medicines go together (the pharmacy).
tests/triage/test_routing_small_parts_mind_and_drugs.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0130_routing_pregnancy_chest_and_head")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
