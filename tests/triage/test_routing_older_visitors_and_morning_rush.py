"""Older visitors and their carers, and the weekday morning rush: general sweeps.

Two sweeps were written blind, 60 complaints each (20 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored on `d73195e` before anything was read from them:

- routing-older-visitors-sweep.jsonl: 18 of 20 emergencies, no false alarm, top-1 54; now 20,
  top-1 59.
- routing-morning-rush-sweep.jsonl: 18 of 20, 1 false alarm, top-1 57; now 20, none false,
  top-1 60.

Mended, as mechanisms (each tested in test_routing_steps.py) rather than sentences: a diagnosis
made years before ("前些年还查出来有点肾功能不全") made the whole complaint a question about a
diagnosis, so a heart attack of this morning told after it was a hypothetical; a diagnosis of the
past is the story's background now. A `*` phrase's last part ending where a word of another
meaning begins is not that part ("药一次吃多少" asks a dose: no "吃多", an overdose). Taught: a
rash that does not fade when pressed is one concept for both of its red flags (a measured fever
with "按了不退色" was paediatrics); medicine hoarded ("药我都攒好了") with no wish to go on, and
asking how many of one's tablets would kill with belongings given away or a will shown, are a
suicide plan; an EpiPen carried is no anaphylaxis (one used, or missing beside the reaction,
is); hard dry stools and an enema, food that sticks going down, and a pressure sore reach their
desks.

Left: an old woman's skin tear ("皮好薄…撕開咗一塊") goes to orthopaedics for the arm it names.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-older-visitors-sweep.jsonl": (59, 20, 0),
    "routing-morning-rush-sweep.jsonl": (60, 20, 0),
}

EMERGENCIES = [
    "孩子发烧39度多，腿上有红点，压了不退色",
    "我真的撑不下去了，安眠药我已经攒够了",
    "my brother's been so depressed, he gave away his guitar and asked how many of his pills it would take",
    "他最近心情很差，还问医生降压药吃多少会死",
    "stung by a bee, lips swelling, my epipen is at home",
    "去年查出来有糖尿病，今天早上突然胸口压着痛，一身冷汗",
]
LOOK_ALIKES = [
    ("want allergy testing, I carry an epipen for peanuts, fine today", ("ALLERGY",)),
    ("奶奶问降压药一次吃多少，会不会吃死人", ("CARD", "PHARM", "GERI")),
    ("老人家大便干结，三四天才解一次，一直用开塞露", ("GI", "GERI")),
    ("这两个月咽东西总觉得卡在胸口下不去，人也瘦了", ("GI", "THOR")),
    ("我爸卧床两年，尾巴骨那儿压出一块疮", ("GS", "DERM", "BURN")),
    ("how many more sessions would it take, my mood is low", ("PSY",)),
    ("how many tablets would it take to bring my blood pressure down, I feel low", ("CARD", "PSY")),
]

TestOlderVisitorsAndMorningRush = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)
