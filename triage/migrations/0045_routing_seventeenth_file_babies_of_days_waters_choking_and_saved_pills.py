"""The shipped rules of this release, taught by the seventeenth hand-written file's families: a
baby of days said by its number of days with a fever; waters breaking told as a gush of water;
a testicle swollen with a sudden pain or being sick; choking while eating, voiceless or turning
a colour; medicines saved up with a time or an end told; blood drawn (抽的血) is no fit; the
emergency department named as where someone went; a child's safety at home; and the desks of a
calm ringing ear, a fasting sugar, a pharmacy after paying, a heart murmur, parking, an INR
check and whether insurance pays for a cosmetic treatment wished for. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0044_routing_sixteenth_file_heads_that_landed_soups_spilt_and_young_babies")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
