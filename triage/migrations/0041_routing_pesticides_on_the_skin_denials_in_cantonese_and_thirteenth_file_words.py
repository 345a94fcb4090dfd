"""The shipped rules of this release: a pesticide handled or eaten on unwashed hands, then
sweating, drooling or twitching, is poisoning; a fever with blotchy skin said as "a temp"; a sense
of smell lost, a low blood count, a stiff neck that clicks, booking in the app that fails, the
registration desk (patient services), whether insurance covers a service, a breast lump,
bedwetting and fasting bloods have their departments; "see the bone" is an open wound only when
the bone is seen, not "the bone people". Only rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0040_routing_a_whole_bottle_swallowed_after_treatment_that_failed")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
