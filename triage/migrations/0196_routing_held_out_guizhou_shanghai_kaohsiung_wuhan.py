"""Routing: four more held-out days read (Guizhou's market day, a Shanghai Sunday, Kaohsiung after
a typhoon, Wuhan's exam week) — no answer when called in Shanghainese; a febrile fit years ago, a
breathing said to be normal; desks for herbs handled, blood blisters, 智慧齿, a voice lost, a
needlestick, a cut by accident asking for a tetanus jab."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0195_routing_held_out_harbin_chung_yeung_dongguan_hainan")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
