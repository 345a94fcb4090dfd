"""The shipped rules of this release: the ninetieth to ninety-third hand-written files, and the
second and fourth samples of real online questions, taught by family. Missed emergencies: a
stimulant taken by the bunch, a baby of months with a fever gone quiet, stroke signs told by a
grip lost on one side, bleeding that will not stop (learner's English), black stools and a faint
on a long-term blood thinner, a dose ten times over in a child, jaundice with confusion in liver
disease, a bone or a splinter in the eye, smoke with black sputum and a hoarse voice, an inhaler
that does not touch it, voices and a ledge, pressure in the jaw or left arm with a grey sweat.
Real questions: shortened names of chronic conditions (糖尿, 高血, 肾病综合, 乙肝两对半), a named
diagnosis over incidental words, epilepsy told as the illness's attacks, a faint of an earlier day
then named, small scalds and sips of soap, and the words that had fallen back. Desks: see
tests/triage/test_routing_ninetieth_to_ninety_third*.py and test_routing_real_*.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0068_routing_eighty_sixth_to_ninth_files")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
