"""Four more held-out days read once measured (a plateau county, an office tower's weekday,
visitors speaking for others, complaints typed in a hurry): bowel showing through a wound, the
worst headache said as a hammer's blow or "never this bad", a heart "好翳" in Cantonese, talking
nonsense and not knowing family; a certificate for a work injury, a teenager who will not get up,
a child who barely speaks, a faint followed by "fine since", "3 yrs ago" are no emergencies; a
dementia is no child; a slow stream and nights up, thinking oneself too fat, a swallowing
assessment, a visa medical, a gaming habit. tests/triage/
test_routing_held_out_plateau_office_others_typed.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0174_routing_held_out_sports_dawn_shenzhen_suburb")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
