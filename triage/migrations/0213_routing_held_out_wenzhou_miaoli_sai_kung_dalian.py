"""Four held-out days read (Wenzhou, Miaoli, Sai Kung, Dalian): a rider knocked down by a lorry,
a testicle told as 下面那颗; similes, strains with a sweat denied, pig's blood soup, blood spat
while brushing, a bruise going blue, a heap of fruit, a head not knocked and a Cantonese swim
raise no red flag; a rehabilitation rule for a doctor who says to practise; desks for tea, a
blown nose, the pills, a teapot, a fruit stone, a Cantonese admission."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0212_routing_held_out_zhanjiang_chiayi_tin_shui_wai_datong")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
