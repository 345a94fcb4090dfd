"""The shipped rules of this release: the seventy-eighth to eighty-first hand-written files,
taught by family. Missed emergencies: a fall or a severe headache on a blood thinner, a head struck
and bleeding a lot (老多血) or dazed, two signs of a stroke told mildly (can't quite find her words,
an arm gone useless), a heavy left arm with a grey colour or a sweat, vomit "with blood in it" or
streaked with blood with a faint, a crash over the handlebars with pallor, a potassium told by its
number on dialysis (钾八点多), metal in the eye with sight lost. False alarms: a relative's death by
it (心梗走了), what a search said (我搜了一下，说…), someone else's illness likened to the visitor's
lesser one, a stomach that has been burning. Beside them: drinking stopped, then seeing things,
raving or a fit (alcohol withdrawal), and pain down the left arm with any sweat. Desks: see
tests/triage/test_routing_seventy_eighth_to_eighty_first*.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0065_routing_seventy_fourth_to_seventh_files")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
