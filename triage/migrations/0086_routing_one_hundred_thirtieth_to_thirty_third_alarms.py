"""The shipped rules and concepts with what the 130th to 133rd hand-written files taught about
emergencies: a fit said as the whole person cramping (成个人抽筋) or followed by muddle, in late
pregnancy too (eclampsia); a child slipped into water and pulled out (near drowning); late
pregnancy with the baby barely moving or a constant hard belly pain (abruption); a baby with a
fever who is floppy or hardly responds (sepsis); a fall down the stairs said in Cantonese (碌咗落嚟)
with no feeling in the legs (spinal injury); a broken neck or skull said plainly. And the false
alarms: a finger broken is a fracture (cut off stays the emergency), hand, foot and mouth disease
"going around" is no mouth going to one side, a child's in-toeing with falls is growth and
development's, one arm joint swollen that cannot be moved is orthopaedics'. Only rules and concepts
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0085_routing_object_into_the_eye")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
