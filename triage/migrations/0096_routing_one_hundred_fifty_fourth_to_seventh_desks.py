"""The shipped rules for the wrong desks of the one hundred and fifty-fourth to fifty-seventh
hand-written files: mild altitude sickness on arrival (general practice), going up again after an
altitude pulmonary oedema (the chest clinic), a toothache said in pieces, fear and nightmares since
an accident, hyperthyroid tablets run out, a certificate of fitness for a trek (the health-check
centre), a flank ache with cloudy urine, a doctor's note for an insurer, a hedged pregnancy, lips
numb from Sichuan pepper, an inhaler refill, a school's health form, a bill from another town to
reimburse, a blood test's result slip or where blood is taken, exam-year sleeplessness, a child's
swimmer's ear, direct billing and itemised bills (the cashier), paying later, heat exhaustion
recovered, dengue asked about in pregnancy, a late period with a negative test. Only rules and
concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0095_routing_one_hundred_fifty_fourth_to_seventh_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
