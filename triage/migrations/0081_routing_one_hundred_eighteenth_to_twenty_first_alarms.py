"""The shipped rules and concepts with emergencies said in words no rule held, and calm stories
read as calm: legs that cannot be felt after a fall or a blow (没得知觉, "hit a tree"); a late
period, then belly pain with dizziness or fainting (a ruptured ectopic pregnancy); a night asleep
in the snow with a body cold all over or slurred speech; a rear-end crash and a belly struck by
the steering wheel or the seat belt; an eye struck by something sprung (弹亲); and the look-alikes
kept off the emergency department: a pale face with pale lips (面青口唇白) is no blue one, a wrist
swollen after an e-bike fall with no bleeding is the bone clinic's. Only rules and concepts
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0080_routing_desk_requests")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
