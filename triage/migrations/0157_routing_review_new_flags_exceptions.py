"""Review: this session's new red flags no longer list common words among their exceptions ("牙"
cancelled tetanus told as "牙关紧", "复查" a shunt's headache or a cyst's sudden pain, "多年" a
bleed in someone with years of bronchiectasis, "慢慢" a neck swelling up slowly, "一直" an eye
bulging after surgery, "肚子" priapism, "small" a toddler's scald, "冬天" a cold white limb).
tests/triage/test_routing_beauty_markets_births_pets.py,
tests/triage/test_routing_carers_crowds_money_sexual_health.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0156_routing_carers_crowds_money_sexual_health")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
