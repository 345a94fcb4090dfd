"""A strangling told "like last time" (跟上次一样) or an assault "after a film" is still one: the two
red flags no longer list words that common among their exceptions (the context reads the news, a
film and a childhood). tests/triage/test_routing_sport_and_minds.py,
tests/triage/test_routing_winter_and_embarrassment.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0145_routing_winter_and_embarrassment")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
