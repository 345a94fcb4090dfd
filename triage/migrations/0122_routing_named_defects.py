"""The shipped rules taught by three named defects. A skull or skull-base fracture said now
(颅底骨折, 头骨裂了, 后脑骨裂咗, 'a skull base fracture'; a new concept @skull_bone composed with
a fracture or a crack) is a head injury's emergency; told as history it is the neurosurgeons'
follow-up, not orthopaedics'; a skull said not fractured (颅骨没有骨折, 'his skull is not
fractured'; @fracture_denied) is no emergency. A subarachnoid haemorrhage (蛛网膜下腔出血, SAH,
'subarachnoid bleed': the subarachnoid space a form of the brain, a haemorrhage one of bleeding)
and a burst brain aneurysm (脑动脉瘤破裂; @brain_aneurysm, @rupture) are a bleed in or around the
brain now; one just found by a doctor who sent the visitor over (@diagnosed_as, @sent_over) too;
told with a follow-up (复查, 随访, 'follow up') it is no emergency and goes to neurosurgery.
Streaks of blood in the phlegm (痰中有血, 痰里带血丝, blood-streaked sputum, coughing up blood
streaks; @sputum, @blood_streak) go to the chest clinic at urgency III, no longer to the
emergency department; a mouthful of blood or more stays an emergency. Only rules and concepts
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0121_routing_emergency_sweep_blind_seventh_and_eighth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
