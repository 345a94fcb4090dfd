"""The shipped rules and concepts of the one hundred and thirtieth to the one hundred and thirty-
third hand-written files' desks: periods that never started, bruising with bleeding gums, a blood
test asked for with its measures named, a fasting test's preparation, a caesarean's wound,
seasickness, watery diarrhoea counted in trips to the toilet, a lump on the side of the neck with
tiredness, pain from the navel to the lower right, a toddler late to talk who does not answer to
his name, and a positive pregnancy test said in Cantonese. Only rules and concepts nobody edited
are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0086_routing_one_hundred_thirtieth_to_thirty_third_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
