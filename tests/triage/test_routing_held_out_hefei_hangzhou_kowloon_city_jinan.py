"""Four general days written blind in the eighth round of the session that began at `bcb8f7b` (a
Monday in Hefei's science city, a spring Sunday by Hangzhou's West Lake, a Thursday in Kowloon
City, a Tuesday in Jinan; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20
emergencies). First read on `907367b`: top-1 58, 58, 60 and 54 of 60 (230 of 240, 95.8 %), 79
of 80 emergencies (98.8 %), 3 false alarms of 160 (1.9 %). Read then: 240, 80 and none (the
floors below).

Red flags: a toddler who bit a dishwasher tablet ("洗碗锭", "咬来吃") and keeps vomiting.

False alarms: a chest sore to the press after stretching too hard ("压腿压猛了"), hurting on a deep
breath ("喘大气也疼") with no breathlessness and no sweat; "能引起脑出血不" asked of chilli (a
question, as "会引起" is); "嗓子也不紧" read the same in every rule that requires a tight throat.

Desks: a full blood count for a radiation worker (the laboratory); a graze after a bike fall to
be disinfected and dressed, a small cut from a broken teacup (surgery: a broken cup is no broken
bone); a childhood fit with none since asked for a driving licence (neurology, not the licence's
check); a mild concussion two years ago (the concussion's longer word hid 脑震荡 from
neurosurgery); one seizure at 12 asked before cold spring swimming (no cold).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("孙子把洗碗机的洗碗锭咬来吃了，吐了两次", 2),
]
LOOK_ALIKES = [
    ("Need a full blood count for work, where's the lab?", ("LAB", "PREV")),
    ("骑车摔了，手肘擦破一块皮，想消个毒包一下", ("GS",)),
    ("cut my finger on a broken glass, bleeding stopped", ("GS",)),
    ("练瑜伽拉伸太猛，胸口侧面一按就疼，喘大气也疼，不出汗", ("ORTHO", "GP", "REHAB", "PAIN")),
    ("喝浓茶能引起脑出血不？我血压有点高", ("NEURO", "CARD", "GP")),
    ("吃完烧烤身上起了风团，痒得很，嗓子不紧，喘气正常", ("DERM", "ALLERGY")),
    ("去年踢球有过轻微脑震荡，现在没事，要不要复查", ("NSURG", "NEURO")),
    ("had a seizure at 15, none since, can I try cold water swimming?", ("NEURO",)),
]

TestHeldOutHefeiHangzhouKowloonCityJinan = taught_theme_tests(
    {
        "routing-hefei-monday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-hangzhou-lake-sunday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-kowloon-city-thursday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-jinan-tuesday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
