"""Four general days written blind in the second round of the session that began at `bcb8f7b` (a
market day in Guizhou's mountains, a Sunday by a Shanghai exhibition centre, the day after a
typhoon in Kaohsiung, exam week in Wuhan; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). First read on `b91da5c`: top-1 58, 57, 59 and 55 of 60 (229 of 240,
95.4 %), 79 of 80 emergencies (98.8 %), 2 false alarms of 160 (1.3 %). Read then: 238, 80 and
none (the floors below).

Red flags: no answer when called in Shanghainese ("叫伊伊不响").

False alarms: a febrile fit told "抽过一次筋" years ago (a cramp's words, and history); a little
peanut eaten by an allergic student with a few red spots and "呼吸完全正常" (the breathing asked
about is not a requirement when said to be normal).

Desks: an itchy rash after handling herbs at the market (dermatology, not Chinese medicine);
blood blisters rubbed on a run (the friction's desk); Taiwan's and Hong Kong's 智慧齒 and a mouth
that will not open in Cantonese; a lecturer losing her voice; a cleaner's needlestick asked "要
查什么"; a cut "不小心" (by accident, no denial of what follows) asking for a tetanus jab.

Left: an airline's certificate for a rebooking (fit-to-fly at the GP; the writer chose records or
the service centre); acne worse with exam stress (psychology for the stress, dermatology second).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "阿婆坐在沙发上，叫伊伊不响，面孔煞白",
]
LOOK_ALIKES = [
    ("女儿两岁时发烧抽过一次筋，现在四岁了没再抽过，需要复查吗", ("PED", "NEURO"), 4),
    (
        "hands itchy and red after sorting dried herbs at the shop, no lip swelling, breathing fine",
        ("DERM", "ALLERGY"),
    ),
    ("走路走多了脚底磨出两个血泡，破了一个", ("DERM", "GS")),
    ("智慧齒發炎，臉腫腫的，口都擘唔開", ("DENT",)),
    ("I'm a singer and I've been losing my voice for ten days", ("ENT",)),
    ("对虾有点过敏，刚吃了一只，脖子起了几个红点，呼吸完全正常", ("ALLERGY", "DERM")),
    ("护工收拾垃圾被针头扎到手指，要查什么", ("INFECT", "GS")),
    ("削苹果不小心划破了手，要不要打破伤风针", ("GS", "GP")),
]

TestHeldOutGuizhouShanghaiKaohsiungWuhan = taught_theme_tests(
    {
        "routing-guizhou-market-day-held-out-sweep.jsonl": (60, 20, 0),
        "routing-shanghai-expo-sunday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-kaohsiung-after-typhoon-held-out-sweep.jsonl": (59, 20, 0),
        "routing-wuhan-exam-week-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
