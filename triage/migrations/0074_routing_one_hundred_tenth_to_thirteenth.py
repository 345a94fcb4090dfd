"""The shipped rules of this release: the one hundred and tenth to thirteenth hand-written files,
taught by family, the mechanisms widened where an earlier family met new words.

Missed emergencies: a cleaning spray in the eyes (a chemical named by its kind); heat stroke in
the sun said any way; a pregnancy of 七个多月 bleeding (怀娃娃; 七个多 read as a term, not months
gone by); an asthmatic who can barely finish a sentence, "the oximeter at the hostel said 86"; a
truck that clipped a cyclist, then faint on standing and a tight belly; and a faint at the needle
with the visitor not waking up (the needle's exception no longer holds the unconscious rule back).
False alarms: vegetables maybe sprayed, no symptom; an eyelid poked, the eye itself fine; a
"heart attack scare" that was reflux. Desks: see
tests/triage/test_routing_one_hundred_tenth_to_thirteenth*.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0073_routing_one_hundred_sixth_to_ninth_and_relatives")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
