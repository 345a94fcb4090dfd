"""Four general days written blind in the third round of the session that began at `bcb8f7b` (a
windy Tuesday by a Gansu highway, a Saturday on Hong Kong's outlying islands, a humid Friday on
Chongqing's stairs, a Sunday by Qingdao's sea; 60 complaints each, 27 Simplified, 18 Traditional,
15 English, 20 emergencies). First read on `7565d03`: top-1 56, 59, 58 and 59 of 60 (232 of 240,
96.7 %), 79 of 80 emergencies (98.8 %), 2 false alarms of 160 (1.3 %). Read then: 238, 80 and
none (the floors below).

Red flags: a fall (off a camel) with neck pain and both feet without feeling (the neck's spinal
injury reads the legs' and feet's lost feeling, as the back's does).

False alarms: "现在也不会头痛头晕" after a knock to the head a month ago (a feeling denied with
不会, and the second of two feelings told one after the other); "喘气好好的" after shrimp and hives
(breathing just as it should be).

Desks: a normal blood pressure read at a pharmacy or at home and asked whether it is normal (the
general practitioner; on blood pressure pills, with heart failure, asked whether to take pills or
sent by a doctor, cardiology as before); a father to be admitted to orthopaedics asking where to
pay the deposit (admissions).

Left: blood pressure pills run out asked at the pharmacy (cardiology's refill); a small bump on
the head at a ferry door, no symptoms (neurosurgery, urgency III).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "滑雪摔了一跤，脖子痛，两只脚都没感觉",
]
LOOK_ALIKES = [
    ("前两周楼梯上撞到头，现在不会头痛也不会头晕，想复查一下", ("NSURG", "NEURO")),
    ("孩子吃了芒果嘴边起了几个小红点，喘气好好的，也不咳", ("ALLERGY", "DERM", "PED"), 4),
    ("我爸明天要住骨科，住院手续在哪办", ("ADMIT",)),
    ("家里自己量的血压118/76，这样正常吗", ("GP", "CARD")),
    ("BP at the pharmacy was 122/80 with a pulse of 70, is that normal?", ("GP", "CARD")),
]

TestHeldOutGansuIslandsChongqingQingdao = taught_theme_tests(
    {
        "routing-gansu-highway-tuesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-hk-islands-saturday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-chongqing-stairs-friday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-qingdao-seaside-sunday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
