"""The shipped rules of this release: the one hundred and second to fifth hand-written files,
taught by family, and the names of conditions by department.

Missed emergencies: an oximeter "keeps showing 84%"; pufferfish then numb lips and weak legs; insulin
taken without a meal, "meter show 2.1"; cold and slurred after a mountain, an ear reading of 34.2; a
dive onto a rock, numb heavy legs; pink frothy sputum at altitude, "the clip on the finger" at 71;
a fall from a horse, belly pain and pallor; a toilet cleaner drunk. False alarms: "想死的心都有了"
of a toothache, a scooter graze of last week, a watch's 130 now and then after coffee; "flared up"
said of an illness (only a flame's source flares up). Desks: see
tests/triage/test_routing_one_hundred_second_to_fifth*.py.

Named conditions: about 2,900 names of diagnoses (full, shortened, lay, Taiwan's, Hong Kong's,
English and their abbreviations) checked by department in frames of our own; the condition
concepts gain their forms, and eleven departments their first (allergy, geriatrics, thoracic and
cardiovascular surgery, burns, plastic surgery, paediatric surgery, child health, rehabilitation,
pain). See tests/triage/test_routing_named_conditions_medicine.py and …_surgery.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0071_routing_ninety_eighth_to_one_hundred_first")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
