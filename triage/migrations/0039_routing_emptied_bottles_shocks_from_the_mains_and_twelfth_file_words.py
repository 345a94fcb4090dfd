"""The shipped rules of this release: an emptied bottle of sleeping pills (or of a medicine or a
poison beside someone drowsy) is an overdose, a shock from a socket, plug or wire an electric
injury, a diabetic breathing deep and fast ketoacidosis; a wish not to go on living said with
words between; copies of records asked for, floaters, back pain running into a leg and a hearing
aid that no longer helps have their departments; "好多年" cancels an overdose only where it says
how long a medicine was taken. Only rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0038_routing_charred_faces_and_an_illness_already_over")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
