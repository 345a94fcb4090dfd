"""The shipped rules of this release: every red flag walked in lay words of our own (a relative's
words, Cantonese, Taiwan's Mandarin, learners' English, typos, metaphors, the sign told as what
the visitor sees) and taught by concept where it failed: 胸口翳住 and an elephant on the chest,
a crooked smile or speech gone strange, everything seen double, lips gone blue or no air to
finish a sentence, an inhaler that does nothing, a black stool like tar, a fit with the eyes
rolled up, a fall and no getting up again, pain that makes one roll on the floor, pills saved up
with a time told, voices telling him to hurt someone, a missed dialysis session, a nitroglycerin
spray that did not help. New red flags: a numb mouth or an irregular heart after a herbal
medicine (aconite), and a sugar called low or high with confusion told in a clause of its own.
Everyday words the spelling corrector leaves alone: liked, alike. Only rules and concepts nobody
edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0055_routing_forty_second_to_seventh_files_and_level_one_two_criteria")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
