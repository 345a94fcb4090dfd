"""Four days written blind and held out until the code of `3b35c57` was measured on them (a Monday
of winter migrants by the southern sea, a Friday evening before a long holiday, a rainy Wednesday
in a Taiwanese city, a Sunday of a marathon and a football match; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read: top-1 58, 55, 58 and 56 of 60
(227 of 240, 94.6 %), 79 of 80 emergencies (98.8 %), 2 false alarms of 160 (1.3 %). Read then:
234, 80 and none (the floors below).

Red flags: a man pinned between a car and a gate, his belly hurting, pale and sweaty. False alarms:
a father's and a brother's heart attacks ("我爸和我哥都是心梗") told by a visitor who is well; a
neighbour's stroke of some days ago ("隔壁楼老李前几天中风了"), the visitor asking about himself (a
neighbour's stroke told now is still one).

Desks: a grandmother who cries every night since her husband died (psychology); insulin cartridges
for a trip; a red, discharging eye feared catching (ophthalmology, not infectious diseases); an
interpreter asked for to register (the service centre).

Left: a rash and an ointment before the holiday (the pharmacy's "拿个药"); a lost card and receipt
for an insurance claim (the insurance desk); a runner's chafed nipples (surgery's chafing rule);
last week's blood results asked for with a health check (preventive care); an out-of-town
insurance card (billing's 刷卡); a mosquito bite red, hot and spreading, said in English (no rule).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "my dad was pinned against the wall by a reversing van, his belly hurts badly and he's gone pale",
]
LOOK_ALIKES = [
    ("我哥和我爸都是心梗，我现在好好的，想查查心脏", ("CARD", "PREV")),
    ("隔壁张叔前几天中风了，我也有高血压，想查查", ("CARD", "NEURO")),
    (
        "My grandma cries every night since grandpa passed, very sad, not eating",
        ("PSY", "GERI"),
        80,
    ),
    ("打胰岛素的，要出差一周，想多开点笔芯", ("ENDO",)),
    ("眼睛发红有分泌物，怕传染给孩子", ("OPH",)),
    ("need a translator to help my mum register for her appointment", ("CS",)),
]

TestHeldOutMigrantsHolidayTaiwanMarathon = taught_theme_tests(
    {
        "routing-winter-migrants-monday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-before-the-holiday-friday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-taiwan-rainy-wednesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-marathon-sunday-held-out-sweep.jsonl": (56, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
