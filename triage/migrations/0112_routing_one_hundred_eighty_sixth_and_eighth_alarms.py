"""The shipped rules with the alarms of the 186th and 188th hand-written files taught by family: a
pesticide sprayed on a field named by its crop (cane, paddy, orchard) with sweating or drooling, a
snake bite told by the snake's kind or by what it did ("a snake got him", 竹叶青, cobra), one hand
that cannot hold with words not clear or an onset by the hour; and no alarm for smoking told with
its years (抽了一辈子烟), a stroke or a heart attack named as a screening's, a fever's headache with
aching joints, a burn from time in the sun. Only rules and concepts nobody edited are brought up to
the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0111_routing_grip_gas_and_jaundice")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
