"""Review: a febrile fit over and the child well today, and a faint of yesterday or last week with
a check-up asked, each written as one expression by its shape instead of six or seven spelled-out
copies; no answer changes."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0209_routing_held_out_shaoxing_yilan_wong_tai_sin_jilin")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
