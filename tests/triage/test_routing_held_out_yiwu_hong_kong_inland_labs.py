"""Four days written blind in the sixth round of the session that began at `c6b71a7` (a Saturday
by the Yiwu wholesale market, a Sunday evening in a Hong Kong housing estate and across the
border, a Tuesday at a poor inland county's hospital, a Thursday beside a university's
laboratories; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies).
First read on `2b7b4cd`: top-1 57, 56, 56 and 53 of 60 (222 of 240, 92.5 %), 79 of 80 emergencies
(98.8 %), 4 false alarms of 160 (2.5 %). Read then: 229, 80 and none (the floors below).

Red flags: hydrofluoric acid on the skin (any contact, its pain growing: the acid's own rule; the
chemical concept's longer "hydrofluoric acid" is named too, so that it does not hide it).

False alarms: a foot grazed by a forklift's wheel, the skin broken, walking fine (a graze is no
crush); a forklift ("叉车", now a word of the lexicon) that bruised a knee (no car crash read in
"叉|车撞"; a forklift that crushed a belly stays an emergency by its pain and pallor); whether
out-of-date tins "会中毒吗" (asked, and the gut's); a chest wall sore to press after moving house
(deep breathing is no breathlessness).

Desks: a faint of last week told "晕过一次" (neurology; a faint from low sugar stays
endocrinology's); "不咋发烧" denies a fever as "不怎么" does; "can stress cause chest pain" asked
of the heart (cardiology, not psychology's stress).

Left: admission papers asked for a gallbladder operation (surgery's gallstones); a home oximeter
of 97 % and a pulse of 78 with a dry cough (cardiology's "心率"); an old stroke and a pressure
refill (cardiology); a lab slip and a health-check report asked for; a lump in the front of the
neck said in Cantonese; three nights without sleep and a pulse of 95 ("挂号"); a mouse's bite;
diarrhoea at 37.8 °C (the fever clinic); a neck and a numb little finger from coding
(neurology).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("做实验的时候氢氟酸滴到手指上，现在越来越痛", 25),
    (
        "got hydrofluoric acid on my glove and fingers in the lab, the pain keeps getting worse",
        25,
    ),
]
LOOK_ALIKES = [
    ("搬货的时候脚被叉车轮子蹭了一下，擦破点皮，走路没事", ("GS", "ORTHO"), 25),
    ("吃了过期的面包会中毒吗？现在没什么不舒服", ("GI",), 25),
    ("咳嗽一个多月，不咋发烧，晚上出汗", ("RESP", "INFECT"), 25),
    ("我爸上周晕过一次，几秒就醒了，现在好好的，想查查", ("NEURO", "CARD"), 70),
    ("胸口按着疼，前天搬家扭到了，深呼吸会扯着疼，不喘", ("GP", "ORTHO"), 30),
]

TestHeldOutYiwuHongKongInlandLabs = taught_theme_tests(
    {
        "routing-yiwu-market-saturday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-hk-estate-sunday-evening-held-out-sweep.jsonl": (59, 20, 0),
        "routing-inland-county-tuesday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-university-labs-thursday-held-out-sweep.jsonl": (55, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
