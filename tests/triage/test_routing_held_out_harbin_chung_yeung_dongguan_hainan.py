"""Four general days written blind at the start of the session that began at `bcb8f7b` (a
freezing Tuesday in Harbin, the Chung Yeung holiday on Hong Kong's hills, a Thursday in a Dongguan
industrial park, a weekend on Hainan's coast; 60 complaints each, 27 Simplified, 18 Traditional,
15 English, 20 emergencies). First read on `bcb8f7b`: top-1 53, 55, 58 and 59 of 60 (225 of 240,
93.8 %), 77 of 80 emergencies (96.3 %), 4 false alarms of 160 (2.5 %). Read then: 235, 80 and
none (the floors below).

Red flags: a hot pot's broth over a child's chest with the skin peeling off (broth is a hot
liquid); "not answering when we call him" after a fall; a thinner drunk from a water bottle told
in two clauses ("装的是天那水，喝了一大口") with a burning throat and vomiting.

False alarms: a face drooping for a week that a hospital named Bell's palsy ("说是面瘫"); a
chest sore to the press after shovelling snow, "喘气不憋" (breathing not laboured is no
breathlessness); dried blood crusts in the nose ("都是血嘎巴", not a pool of blood); "嗓子也不
紧" (the throat not tight, denied after 也).

Desks: a tick already pulled out with a red ring (infection, not surgery's buried tick); a
numbness told "少少痹" (neurology); a fasting sugar of 8.9 written on a pre-employment check
(endocrinology, not the check); a late period asked "是不是怀上了" while trying for a baby
(gynaecology, not fertility).

Left: a normal blood pressure asked after a mother's stroke (neurology for the stroke's name); an
82-year-old with blood pressure and diabetes off her food (cardiology; the several illnesses
count for geriatrics, third); a dizzy spell on a hot hike, well today (neurology); a bill paid
after the eye doctor (the eye clinic is named).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "吃完虾嘴唇肿起来了，嗓子倒不紧，就是喘不上气",
    "knocked a pot of broth off the stove onto his legs, the skin is coming off in sheets",
    "grandpa slipped on the stairs, bleeding from his head and not answering when we call his name",
    "水瓶里装的是稀释剂，他不知道喝了一口，喉咙烧得厉害一直吐",
]
LOOK_ALIKES = [
    ("吃烧烤后胳膊上起了几个红点，有点痒，嗓子也不紧，喘气正常", ("DERM", "ALLERGY")),
    ("铲雪把腰闪了，右边胸口一按就疼，喘气不憋，不出汗", ("ORTHO", "GP", "PAIN")),
    ("天太干，早上擤鼻涕都是血嘎巴，不流了", ("ENT",)),
    ("嘴歪了十来天，医生说是面瘫，想做针灸", ("TCM", "NEURO", "REHAB")),
    ("被蜱虫咬了，已经拔掉了，周围红了一圈", ("INFECT", "DERM")),
    ("入职体检说血压偏高，160/95，要看哪个科", ("CARD",)),
    ("备孕中，这个月月经推迟一周了，想知道是不是怀上了", ("GYN", "OB", "LAB")),
    ("隻手成日有啲痹，揸嘢冇乜力", ("NEURO",)),
]

TestHeldOutHarbinChungYeungDongguanHainan = taught_theme_tests(
    {
        "routing-harbin-winter-tuesday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-chung-yeung-hills-held-out-sweep.jsonl": (58, 20, 0),
        "routing-dongguan-industrial-thursday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-hainan-coast-weekend-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
