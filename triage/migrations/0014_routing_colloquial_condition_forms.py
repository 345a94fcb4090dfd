"""The shipped lexicon of this release: colloquial forms of common internal-medicine complaints
(心跳漏拍, 反胃, 天旋地转, 咳个不停, 怕热…). Only concepts nobody edited are brought up to the file."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0013_routing_vocabulary_and_compositions")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
