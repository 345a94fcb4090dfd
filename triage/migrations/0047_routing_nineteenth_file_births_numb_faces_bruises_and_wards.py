"""The shipped rules of this release, taught by the nineteenth hand-written file's families:
bleeding after a birth that will not stop or soaks through, said any way; a numb half-face or
side said as 木 or 痹; a history whose care is today's reason keeps its desk; a sip of soap or
detergent swallowed and asked about; bruises with no knock or with bleeding gums or nose; a
department named as the ward where someone stays; food that may have gone off, eaten and asked
about; where to register for a clinic named; light-headed a moment on standing up; pain under
the right ribs after a fatty meal; a scan booked. And the patterns of the files' misses: a blood
sugar read in the clause after its word; sight lost suddenly in one eye (the emergency
department at urgency II; a curtain with floaters the retina's); a headache like an explosion in
Cantonese, never had before; an adult's belly gone hard with severe pain; a stroke, a young
baby's age, someone who does not answer, a leg short or turned outside, in a learner's English;
a ward named in English is a place; where blood is taken, asked. Only rules and concepts nobody
edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0046_routing_eighteenth_file_bleeding_pressed_shock_and_questions_asked_ahead")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
