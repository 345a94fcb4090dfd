"""Review: the words of electricity that name no electric injury (a simile, static, a shock
therapy, a nerve's pain) are one concept read by both the major-trauma and the burns-and-shock
red flags instead of two copied lists; a head not knocked is read by one expression instead of
seven spelled-out exceptions beside it; no case file's answer changes."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0226_routing_held_out_yueyang_ruifang_tsing_yi_ordos")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
