"""The shipped rules of this release, taught by the forty-second to forty-seventh hand-written
files' families and by a walk of a triage protocol's level I-II criteria in words of our own.
New red flags, each an emergency at urgency II with its look-alikes: a blood thinner with
bleeding that will not stop; sepsis, a fever or chills with little urine, a faint on standing or
cold limbs; ketoacidosis (a fruity breath, deep fast breathing with a high sugar); chest pain
lasting twenty minutes or more, or not eased by nitroglycerin (速效救心丸, 脷底丸, GTN); a high
potassium or a missed dialysis in kidney failure; a limb suddenly cold, pale or without a
pulse; a threat to harm others now; pain scored seven of ten or more; an eye struck with double
vision, an eye that will not move or sight lost. More words for red flags already shipped: spots
that do not fade when pressed with a fever; a blood sugar's reading (HI, LO, decimals, the
meter's words between) with symptoms; no stool and no wind with a hard or swollen belly; a baby's
age said in weeks. Not red flags: a throbbing (抽痛) or burning pain, a snorer's pause of a few
seconds, many medicines taken as a habit. Desks: falls at home (geriatrics), a forgotten health
card (registration), a positive pregnancy test (antenatal care), a follow-up after cancer
(oncology) or a blood cancer (haematology), thrush in a baby's mouth, the lupus picture. Only
rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        (
            "triage",
            "0054_routing_thirty_sixth_to_eighth_files_airway_burns_fetal_movement_and_desks",
        )
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
