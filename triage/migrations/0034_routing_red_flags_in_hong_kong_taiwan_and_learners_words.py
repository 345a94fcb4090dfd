"""The shipped concepts and rules of this release: the red flags of the last release in Hong
Kong's and Taiwan's words and in a learner's English (a throat squeezed shut, a sting with no
breath, muddled or strange talk, sun all day, a fall into a pool, an electric wire, a child who
ate an adult's tablets), a load crushing a hand or a foot, and "冇问题" after a sign as fine.
Only concepts and rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0033_routing_red_flags_composed_from_concepts_and_tenth_file_words")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
