"""The shipped concepts and rules of this release: every word of no response (叫极都唔醒) is the
unconscious red flag; Hong Kong's cutting (界手) and spurting blood (血标出); a lump on a limb or
joint; the vagina and its discharge; skin patches, mood after a birth and snoring in English.
Only concepts and rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0021_routing_itch_cantonese_words_and_lay_guesses")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
