"""The shipped rules taught by two blind sweeps, of medicines' emergencies and of sugar, salt,
water and the glands (each new unless said): syrups are medicines; 没什么反应; serotonin
syndrome; an adrenal crisis after steroids stopped; methotrexate daily; an overactive thyroid with
a fever; a laboratory's call about a potassium (requires); a marathon's water; not drinking and
muddled (phrases); 抖气. tests/triage/test_routing_medicines_and_glands.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0135_routing_older_people_and_weather")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
