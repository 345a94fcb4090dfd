"""The shipped concepts and rules of this release: a back put out (闪到腰), fingers numb (麻麻的),
Hong Kong's calf (脚瓜), morning stiffness of the joints, leaking urine with a cough, a
certificate of diagnosis (诊断书). Only concepts and rules nobody edited are brought up to the
files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0029_routing_babies_weeks_old_pads_and_heat")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
