"""The shipped rules taught by a blind sweep of quiet emergencies, told calmly or in passing: a
heart attack told as heartburn or indigestion with sweating or a left arm's ache (a new
composition and the `sweat` concept); a clot that reached the lung, told as one calf sore or
swollen with new breathlessness (a new composition and the `calf` concept); a baby "not moving";
a testicle's pain said as very bad or waking the boy; double vision said as two of everything
and a walk gone crooked; black stools with faintness said in dialect; a small child listless
(蔫蔫的) with diarrhoea; a diabetic who keeps vomiting and breathes fast. The child's groin rule
names a child by age, not by any 个月. tests/triage/test_routing_quiet_emergencies.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0126_routing_still_going")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
