"""Four held-out days read (Kaifeng, Puli, Tai O, Mudanjiang): a rider over the handlebars, a
chainsaw's pumping bleed; bleeding gums, a pregnancy's denied bleed, betel, a snow-shovel strain,
similes of explosions and electric shocks, a smoker on the stairs and a toboggan raise no red
flag; rules for stitches to come out and a betel chewer's white patch; desks for permits'
checks, chilblains asked, a kang's burn, things left behind, shingles healed."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0215_routing_held_out_zhuhai_hengchun_cheung_chau_qiqihar")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
