"""Review: a head injury's follow-up or clear scan holds its red flags back only when no vomiting,
sleepiness or worsening is told; a throat "not tight" no longer cancels the severe allergy's
whole rule (its phrases read the denial); the two common-cold rules share one concept of cold
things that are no cold; a black sore needs a dead animal, not any skin peeled."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0202_routing_held_out_hefei_hangzhou_kowloon_city_jinan")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
