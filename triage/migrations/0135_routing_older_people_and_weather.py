"""The shipped rules taught by two blind sweeps, of older people's emergencies and of allergies,
bites, heat, cold, water and lightning (each new unless said): not eating or drinking and
sleeping all day; a growing bruise on a blood thinner; a fever with a new wetting; vomiting with
a swollen belly and nothing passed; pulled from the water, then coughing; diving, then joint pain;
struck by lightning; 以前好好的 (phrases); a day's many tablets is no overdose; a spider's small
bump; a walking frame (rehabilitation). tests/triage/test_routing_older_people_and_weather.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0134_routing_night_and_played_down")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
