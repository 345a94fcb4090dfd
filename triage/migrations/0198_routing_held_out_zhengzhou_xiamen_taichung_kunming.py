"""Routing: four more held-out days read (Zhengzhou's logistics hub, Mid-Autumn in Xiamen, a
Taichung Monday, Kunming's flower market) — a period's pain rolling with it, breathing "都很正常";
a spark that hit an eye ("hit … eye", no longer one word hiding the eye), a normal blood pressure
sent on to the heart doctor."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0197_routing_held_out_gansu_islands_chongqing_qingdao")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
