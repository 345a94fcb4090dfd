"""The shipped rules taught by the misses of the eleventh and twelfth real-style files:
breathlessness on a few steps or lying flat beside a named chronic heart or lung failure (no
emergency unless at rest, blue or with chest pain), a condition or a lung nodule feared to turn
into cancer, a stroke with its preventive medicines, a rash after a new medicine, ringing ears
with the hearing going down, a tumour marker found raised, acne asked about hormones, back ache
since a birth (a mother is no child), protein or blood in a urine test, a liver enzyme told with
its number, a lung nodule no breast lump, pregnancies lost again and again, a child's past
febrile convulsion asked about. Only rules and concepts nobody edited are brought up to the
files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0088_routing_one_hundred_thirty_eighth_to_forty_first")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
