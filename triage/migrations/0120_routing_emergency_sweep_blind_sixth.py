"""The shipped rules taught by the sixth emergency sweep written blind: an appendix gone bad (a pain
low on the right one dare not move for, with a fever) and a whole belly gone hard with the rebound;
pancreatitis bent double in Cantonese; a drain or toilet cleaner named by its brand, and the burns
round the mouth; a weak cough or a high noise breathing in after a thing in a child's mouth, and
the foods a child chokes on; a goodbye sent with a means of self-harm ready; breath that cannot be
got; a fit that stops and starts with no waking between, and the eyes rolled up; one side of the
body without feeling and things dropped with strange talk; a chest squeezed with the face gone
white. An EpiPen to renew said in Chinese and Cantonese is no emergency. After the merge: no red
flag has a word of time (以前, 去年, 上次, years ago, last time) among its exceptions, found anywhere in
the complaint (the context reads each mention's time, an episode of years ago as closed);
unresponsive said as what stopped ('she stopped responding', 'hasn't been responding') is a red
flag, a device's is not. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0119_routing_emergency_sweep_blind_fifth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
