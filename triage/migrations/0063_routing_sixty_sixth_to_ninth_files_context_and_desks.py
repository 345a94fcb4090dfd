"""The shipped rules of this release: the sixty-sixth to sixty-ninth hand-written files, taught by
family. Context: "not an emergency" denies, a stranger seen to fall or fit is no visitor's
emergency, a blow to the head told without a faint or vomiting is mild unless a blood thinner, a
height, bleeding or drowsiness is said, a period's pain "whenever it comes" is a habit, a limb
swollen out of shape is no deformity; the emergency department named only as a past visit gives
way to the desk beside it. A head injury on a blood thinner is a red flag. Desks: a blood thinner
asked about, a nail stepped on, a girl's breast bud, a boy's breasts, a care home's resident,
claudication, a hypo put right by sugar, the rural scheme's claims, and the others
tests/triage/test_routing_sixty_sixth_to_ninth*.py hold. A new concept (asleep) comes with the
rules that name it. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0062_routing_sixtieth_to_sixty_fifth_files_context_and_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
