"""The shipped concepts and rules of this release: a facial palsy of years ago that still shows is
no stroke now; a lump of the breast said in any words (硬硬的, 硬邦邦的东西). Only concepts and
rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0024_routing_english_lay_words_and_a_rash_that_does_not_fade")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
