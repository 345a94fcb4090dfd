"""The night shift's emergencies, and those a visitor plays down (migration 0134).

Two sweeps were written blind, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored after migration 0133, before anything was taught from them:

- routing-night-shift-sweep.jsonl (10 pm to 6 am): 25 of 30 emergencies, no false alarm, top-1
  52; taught from: 28 of 30, top-1 55.
- routing-played-down-sweep.jsonl ("sorry to bother you", "can I just get some tablets"): 26 of
  30, no false alarm, top-1 55; taught from: 30 of 30, top-1 59.

Taught, by family, in our own wordings below: a birth about to happen said as the baby nearly
out; a child's high-pitched breath in with drooling (the throat's flag); fingers hanging by a
strip of skin; a baby of a month and a half with a fever (not the breastfeeding mother's own
fever); blood that spurts; wetting oneself unnoticed and numb round the bottom with a bad back
(the cauda equina flag); breath too short to finish a sentence.

Left, where the project's labels differ from the writers': labour with the waters gone and
contractions every five minutes stays obstetrics' at urgency II; a right-sided belly pain that
cannot be touched stays surgery's.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-night-shift-sweep.jsonl": (55, 28, 0),
    "routing-played-down-sweep.jsonl": (59, 30, 0),
}

EMERGENCIES = [
    "老婆阵痛一分钟一次，说孩子快出来了",
    "my toddler is making a high pitched noise when she breathes in and is drooling",
    "切菜切到手指，就连着一点皮了",
    "宝宝才一个半月，摸着烫，38度2",
    "cut my wrist on broken glass, it spurts when I lift the towel",
    "my back's been bad for days and I wet myself without noticing",
    "can't finish a sentence, my inhaler isn't helping",
]
LOOK_ALIKES = [
    ("我在哺乳期，宝宝一个半月，我自己烧到38度，乳房有硬块", ("FEVER", "GS", "OB")),
    ("腰疼一个礼拜了，来做理疗", ("REHAB", "ORTHO")),
]


TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)
