"""The shipped rules of this release: the sixtieth to sixty-fifth hand-written files, taught by
family. Context: hearsay from a screen and dreams, another's event told to ask for one's own
check, a figure of speech (做到吐血), a denied agent (不是遭蛇咬), what settles a red flag's word
(food poisoning keeping water down, a deep cut whose bleeding stopped, contractions at term), a
wearable's heart rate. Desks: lost belongings, HIV by name, travel vaccines, an animal's bite,
scratch or lick, the bill before a test or at discharge, a dribbling stream, mastitis, a bead up a
nose, a finger caught in a door, a craniotomy's follow-up, shuffling steps, a curtain over one eye,
and the others tests/triage/test_routing_sixtieth_to_sixty_fifth*.py hold. Only rules and
concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0061_routing_desk_walk_taiwan_and_hong_kong_words")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
