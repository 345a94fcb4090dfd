"""The four general sweeps held out in test_routing_look_alikes_of_the_senses_and_the_counters.py
(a school term's first Monday, a retirement community, a construction zone, a city's Sunday
night), read once their start (`85d4f70`) and end (`1728128`) had been measured: top-1 212 of
240, 77 of 80 emergencies and 7 false alarms became 228, 80 and 3 (the floors there are raised to
them).

Red flags: a group who ate the same meal vomiting and purging, one pale; a man on the ground
"shaking all over" that does not stop; clothes caught fire with a large blistered burn. False
alarms: "fell asleep" is no fall; a slide at the playground is no fall from a height; a hangover's
headache told with last night's drinking; "满嘴血腥味" is a taste of blood. Desks: a brace wire
poking a cheek, pain that stays after shingles, visiting asked with the inpatient building named
(住院部), which ward a relative is on, a carer at the end of her strength, a chest tight on the
stairs that passes at rest, leg ulcers that will not heal, care at the end of life, a skin spot
that never heals, a tick's head left in.

Left: a teenager who fainted this morning, fine now, and a care-home resident muddled with a
water infection stay emergencies; "活着没意思" said by a widower stays one.
"""

from tests.triage.taught_batches import wording_tests

EMERGENCIES = [
    "公司食堂中午吃完，十几个工人又吐又拉，有一个脸都白了",
    "a man is on the ground shaking all over and it isn't stopping",
    "烧电焊时衣服着火了，背上一大片烧起泡",
]
LOOK_ALIKES = [
    ("my daughter's brace wire is poking her cheek", ("DENT",)),
    ("带状疱疹好了半年，那块皮到现在还疼", ("PAIN", "DERM")),
    ("探视是几点到几点？我奶奶住八楼", ("CS",)),
    ("照顾我老伴这么多年，我快撑不下去了，想找医生聊聊", ("PSY",)),
    ("can you tell me which ward my dad is on? he was brought in last night", ("CS",)),
    ("She gets a tight chest when she climbs the stairs, it goes off when she rests", ("CARD",)),
    ("my mum has leg ulcers that won't heal", ("GS", "DERM", "CVS")),
    (
        "my grandmother is nearing the end, can we talk to someone about keeping her comfortable",
        ("GERI", "CS"),
    ),
    ("a scabby spot on his cheek that never healed", ("DERM",)),
    (
        "I fell asleep with my contacts in and now my eye hurts and I can't stand the light",
        ("OPH",),
    ),
    ("昨晚喝多了，今天头疼得要命", ("NEURO", "GP", "GI")),
    ("pulled a tick off but the head's still in there", ("GS", "DERM")),
]

TestSchoolCareSiteSundayRead = wording_tests(EMERGENCIES, LOOK_ALIKES)
