"""Four more themed sweeps taught (carers, crowds and events, money and work worries, sexual and
reproductive health): red flags for a brain shunt with headache or vomiting, a sudden stab in the
chest with breathlessness, blood coughed up by the mouthful, an erection that will not go down,
fever after an abortion, a known ovarian cyst with a sudden pain, a foreskin that will not go
back; a collapse with CPR or an AED is the collapse flag's; bleeding in pregnancy that has
stopped is no danger sign. tests/triage/test_routing_carers_crowds_money_sexual_health.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0155_routing_teens_inside_hobbies_senses")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
