"""The shipped rules taught by the second blind emergency sweep: a sudden headache 'unbearable' in
Sichuan speech (遭不住), a bump raised on the head after a blow, a pregnancy said by its weeks
alone and its regular contractions or a little blood, a feverish child who will not drink and
passes no urine (and a Cantonese 'my son' of a year without strength), rebound pain over the
whole belly, a scald told by where it spread (Cantonese's 起晒 no longer read as the sun's 晒),
a burn said 烧亲; and a pregnancy only wished for is none. Only rules and concepts nobody edited
are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0114_routing_one_hundred_eighty_sixth_to_ninth_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
