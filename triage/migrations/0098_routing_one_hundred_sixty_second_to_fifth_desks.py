"""The shipped rules for the wrong desks of the one hundred and sixty-second to sixty-fifth
hand-written files: the first days in a town with a heavy head and altitude sickness asked (general
practice), lumps climbing up the arm weeks after a thorn (the skin clinic), a traveller's diarrhoea
with yesterday's slight fever and a stool test wanted (the stomach clinic), "not really feverish",
ankles a little swollen after a long flight (general practice) or on amlodipine (the heart clinic),
a job's medical with where to pay or its blood and X-ray (the health-check centre), urgency and
getting up at night in Cantonese (urology), strong tea and a racing heart (the heart clinic), a
longer supply asked at the pharmacy, whether strong tea causes kidney stones (urology), a child's
finger shut in a door (children's surgery), an invoice in English for an insurer (the cashier), a
cut gone a bit red with tetanus asked (general surgery), a blood pressure high at home with the
tablets run out (the heart clinic). Only rules and concepts nobody edited are brought up to the
files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0097_routing_one_hundred_sixty_second_to_fifth_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
