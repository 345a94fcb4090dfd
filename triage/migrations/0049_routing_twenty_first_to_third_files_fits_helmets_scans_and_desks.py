"""The shipped rules of this release, taught by the twenty-first to twenty-third hand-written
files' families: a fit said with 抽筋 or a jerking, with froth at the mouth, no end or no answer;
a motorbike crash said with 机车 or 电单车, and a cracked helmet with vomiting or no answer (a head
injury); a sip or a mouthful of soap or washing-up liquid, then a symptom (nothing felt is general
practice's). Desks: where to collect a medicine already prescribed (the pharmacy, whatever card
the question names); registering told with a complaint (the complaint's clinic); a pregnancy's
scan or check-up (obstetrics); an eyelid that twitches (the eye clinic, no fit); low or in tears
since someone close died, and low said in English (psychiatry); checking in for a ward or booked
in for an operation (admissions); a slipped disc with a numb or painful leg (orthopaedics,
physiotherapy of the past or not); choking on food with weight lost (ENT); whether one pays
downstairs or on a floor (the cashier); a GP elsewhere who said or referred is no request for
general practice. Wild mushrooms eaten with no symptom, many medicines taken without effect and
too many pills taken as a habit are no overdose; a fall from an e-bike or a motorbike with only a
graze is no major trauma; choking again and again as a habit is no choking now. Only rules and
concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0048_routing_twentieth_file_bent_limbs_births_bellies_chemo_and_jelly")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
