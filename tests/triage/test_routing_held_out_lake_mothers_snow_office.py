"""Four days written blind in the eighth round of the session that began at `c6b71a7` (a Sunday
by a lake and wetland park, a Thursday of pregnant women, new mothers and babies, a snowy night
in a north-eastern city, a Wednesday of international offices; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read on `1817f3c`: top-1 57, 53,
56 and 57 of 60 (223 of 240, 92.9 %), 79 of 80 emergencies (98.8 %), 4 false alarms of 160
(2.5 %). Read then: 228, 80 and two (the floors below).

Red flags: the waters broken and a cord, "像一根带子", slipping out (cord prolapse).

False alarms: a febrile fit of last night, "今天玩得挺好"; toes white after hiking at -30 °C, red
and blistered now (frostbite, not a limb's blood cut off).

Desks: a blister from the edge of a hot pot or a pan's handle (burns); "头没磕" denies the head
(a car's nudge, a sore neck: orthopaedics).

Left, kept on the safe side: a mild headache at 20 weeks with a normal pressure, and sickness at
9 weeks that keeps no water down (the pregnancy red flags). Left: "can the heat make you faint"
(neurology); admission papers for an appendix (surgery's appendicitis); a birdwatcher's neck and
tingling fingers (neurology); a pressure of 125/80 at 28 weeks (cardiology); mastitis at 37.8 °C
(the fever clinic); a discharge bill (billing or admissions); frost-itchy ears (the frostbite
rule); 132/85 and a company check-up (preventive care); a graze with mud and a tetanus question
(orthopaedics' fall); a pathology report asked for.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("刚破水，摸到下面有根带子一样的东西出来了", 30),
    ("her waters broke and now there's a cord hanging out", 30),
]
LOOK_ALIKES = [
    ("孩子前天晚上发烧抽了一次，一分钟就停了，现在玩得挺好", ("PED",), 3),
    (
        "skiing in minus 25, fingertips went white, now red and blistered after warming up",
        ("BURN", "DERM"),
        30,
    ),
    ("grabbed the handle of a hot pan, blister on my palm", ("BURN",), 30),
    ("推车的时候被撞了一下，腰有点酸，头没撞", ("ORTHO",), 30),
]

TestHeldOutLakeMothersSnowOffice = taught_theme_tests(
    {
        "routing-lakeside-sunday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-mothers-and-babies-thursday-held-out-sweep.jsonl": (55, 20, 2),
        "routing-northeast-snow-night-held-out-sweep.jsonl": (59, 20, 0),
        "routing-international-office-wednesday-held-out-sweep.jsonl": (57, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
