"""The shipped rules taught by a blind sweep of what is still going on after an earlier event: a
fever during chemotherapy said as it starts or goes on (开始烧, 发紧烧, 39度); a fall, then
confusion or a growing drowsiness with no blow to the head said (a new composition: 跌低咗之后一直
乱噏嘢, 'getting sleepier and sleepier'); a wound's red lines going up a limb, a whole hand red
and swollen, a foot turned black, with a fever; bleeding after a tonsillectomy (new); bleeding
that grows after a D&C, a surgical abortion or a miscarriage, with large clots or dizziness
(new). tests/triage/test_routing_still_going.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0125_routing_pregnancy_said_big_belly")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
