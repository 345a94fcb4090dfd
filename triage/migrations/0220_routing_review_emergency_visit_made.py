"""Review: the emergency department named as a visit already made is read by its verbs of a
visit (送过, 来过, 来的 …) or by 在…急诊 with what was done there (看过, 缝, 包扎 …), no longer by
any 在急诊 (a visitor who asks to be seen in the emergency department still names it); no case
file's answer changes."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0219_routing_held_out_foshan_chenggong_north_point_yanji")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
