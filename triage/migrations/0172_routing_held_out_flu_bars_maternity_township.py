"""Four more held-out days read once measured (a flu-season Monday, a Saturday night by the bars,
a women's and children's Sunday, a countryside township's Thursday): a scald by a cup of tea
poured over a toddler; vomit told without blood, a fight only seen, lips swollen by a blow, a fall
from a tree the child runs and jumps after, a question of what may cause a stroke are no
emergencies; some medicine for a complaint told is the clinic's; emergency contraception, a
fertility check, cracked nipples while breastfeeding. tests/triage/
test_routing_held_out_flu_bars_maternity_township.py holds the wordings."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0171_routing_held_out_mine_lantern_outpatients_border")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
