"""The shipped concepts and rules of this release: diarrhoea or vomiting with no tears, no urine
or sunken eyes; a child who took a few tablets of an adult's medicine; a limb run over or
crushed; a small thing pushed into the nose or ear with noisy breathing; confusion after a head
injury said as repeated questions; the baby not moving said with words between; a festinating
walk, the globus feeling, a felt lump, a stomach full after a few bites, a worn knee, threadworms
and nits, a sty, the pill and gambling. Only concepts and rules nobody edited are brought up to
the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0025_routing_resolved_stories_and_breast_lumps")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
