"""The shipped rules for a dangerous illness found elsewhere, the visitor sent over for it now: a
red flag (ER II) of a dangerous finding (@dangerous_finding: a dissection, a clot in the lung,
meningitis, a blocked or perforated bowel, pre-eclampsia, an abruption, a torsion, a bleed under
the skull, a heart block, sepsis, anaphylaxis …) said with being sent over or told to come now
(@sent_over, widened: 让马上来大医院, 直接拉过来, 转诊单, 得赶紧手术, 'the ambulance brought me',
'told us to go to the ER'); not for a follow-up, a rehabilitation, records, a booked admission, a
patient visited in a ward or a pregnancy's booking. Taught from a sweep written blind
(tests/triage/test_routing_sent_over.py)."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0123_routing_emergency_sweep_blind_ninth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
