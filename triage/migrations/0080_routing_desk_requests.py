"""The shipped rules and concepts with what visitors ask a front desk beside a symptom: an
appointment booked, moved, given back or cancelled (改约, 退号, 取消预约, "reschedule"), a slot
asked, a doctor asked for by name or their clinic days (王医生今天出诊吗, "is Dr Wong in today"),
a first visit or a walk-in, paying by card or phone, an overcharge, a self-paid share, a deposit,
a scan's images on a disc, when results will be ready, a long-term prescription said in full
(慢性處方箋), Chinese medicine brewed by the pharmacy collected there, a day surgery, a ward, a
bed, intensive care's visiting, a fountain, a cash machine, a coffee, the wifi, a taxi, a bike, a
smoking area, a prayer or a baby's room asked after, crutches and walking sticks, lost property
handed in (glasses and hearing aids too), a child lost, an interpreter asked by the language, a
complaint "reported", thanks, the cervical cancer vaccine by its organ, a booster, a vaccine by
its disease in English, yellow fever's jab (no fever), a driving licence medical, a doctor's
letter for an employer, records sent to a new doctor; and the look-alikes kept clinical or
calm: a language not understood (听不懂普通话) is no stroke, a pharmacist's word that the pressure
was high is cardiology's, a borderline oxygen reading said low is the chest clinic's, a
complaint made already with the toothache still told is the dentist's. Only rules and concepts
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0079_routing_emergency_sweep")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
