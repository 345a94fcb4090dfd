"""The shipped rules and concepts with what the 118th to 121st hand-written files taught beside
their emergencies: a child's milestones said late (not yet calling mum and dad, not sitting
alone, a Cantonese "未识讲句子"), an older person whose medicines are listed by kind, a withdrawn
young person shut in their room (dialect forms), a vaccine named by its disease and 针, a period
that will not stop told in its own clause, a wallet dropped (跌咗) that is no fall on the head, a
bag left behind where a service is named, a groin bulge in dialect (大髀罅), the right lower belly
in English, a fall with a rib hurting in another clause, a fall on the hand asked whether it is
broken (折没折), the anus in plain words (屁眼) that is no eye, a lost insurance card (the
insurance desk, not lost property), an itemised receipt (billing), a cough with night sweats or
weight lost (the chest clinic), and a guessed hormone imbalance that names no clinic. Only rules
and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0081_routing_one_hundred_eighteenth_to_twenty_first_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
