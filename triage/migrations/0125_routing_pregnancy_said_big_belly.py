"""A pregnancy said as 大肚 with its term (大肚8个月, 大肚婆七个月, 大肚32周; Cantonese and colloquial
usage) is a pregnancy for the pregnancy emergencies' red flag and the obstetric desk, as 怀孕八个月
is; a belly said big (大肚腩三个月) is not. Found by the second blind transfer sweep
(tests/triage/test_routing_sent_over.py)."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0124_routing_sent_over")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
