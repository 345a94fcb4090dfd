"""The wrong desks of the 166th to 169th hand-written files taught by family: insurance from a
county or another province settled here or a stamp on an old slip, a liver cyst that may be
hydatid, a carer worn out, a care home's entry medical, an antidepressant just started with its
side effects, thumb and index finger numb at night (carpal tunnel), paying out of pocket, tired
and pale with bleeding gums, a fish bone stuck in the throat, sleepless and reliving it since
finding a dead body. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0099_routing_one_hundred_sixty_sixth_to_ninth_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
