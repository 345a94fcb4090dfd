"""The shipped rules of this release: an asthma or wheeze with a reliever that does not help, too
breathless to finish a sentence or the chest sucking in, is an emergency; a boiling or hot liquid
spilt over the body is a burn; a pesticide named by its use ("地里打虫的药", "weed killer"), a
quarrel or a fit of anger before a medicine is swallowed, more quantity words of an overdose ("a
whole load of", "一大堆"); wild mushrooms followed by being sick, cramps or diarrhoea; whether an
insurance pays ("保险赔不赔"). Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0041_routing_pesticides_on_the_skin_denials_in_cantonese_and_thirteenth_file_words")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
