"""The shipped rules with the everyday words visitors use for common symptoms: Mandarin
colloquial (眼冒金星, 窜稀, 气不够用), Cantonese (心翳, 好攰, 脚痹, 身滚滚), Taiwan usage (溢赤酸,
生理期, 呼吸不順) and British, American and Australian slang (the trots, queasy, feeling crook,
knackered, a sore ear, done my back in), each added to the rule that already names the symptom.
Only rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0077_routing_injury_words")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
