"""The shipped rules of this release: the desk walk's fourth round, Taiwan's and Hong Kong's
words. Desk: hair falling said the Hong Kong way (落髮, 甩頭髮) or a crown grown thin. No longer a
red flag: Taiwan's 復健 (rehabilitation) wanted after a stroke, as 康复 already was; a stroke
told again (又突然講不出話) still fires. Only rules and concepts nobody edited are brought up to
the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0060_routing_desk_walk_body_parts_said_the_lay_way")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
