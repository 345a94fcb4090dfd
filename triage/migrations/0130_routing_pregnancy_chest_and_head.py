"""The shipped rules taught by two blind sweeps, of women's and pregnancy emergencies and of the
chest's, the heart's and the head's: a crash in pregnancy said as rear-ended; contractions
before 37 weeks (new); the baby's head showing or an urge to push (new); waters going said as wet
through; a sudden one-sided low pain with vomiting after a period; palpitations with a faint, and
a racing heart that will not stop (new); a swollen leg after an operation or a journey with
breathlessness (new); 半拉身子; the desks of a pregnant woman's letter, claim and booking, of a
semen analysis and of 心律唔齐. tests/triage/test_routing_pregnancy_chest_and_head.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0129_routing_known_illness_and_children")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
