"""Four held-out days read (Foshan, Chenggong, North Point, Yanji): a Hokkien stroke, a child
pulled from a pool; "exhausted", an ear with nothing coming out and a friend's guess of a stroke
raise no red flag; "sled" is no SLE; desks for a kiln's burn, a strain with an ECG fine at a
check, a child who does not answer to his name, a Cantonese weak stream."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0218_routing_held_out_yangzhou_penghu_tuen_mun_jiamusi")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
