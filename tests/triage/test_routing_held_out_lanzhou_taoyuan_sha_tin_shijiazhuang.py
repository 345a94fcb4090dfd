"""Four general days written blind in the first round of the session that began at `1714bc6` (a
windy Tuesday in Lanzhou, a rainy Friday in Taoyuan, race Sunday in Sha Tin, a smoggy Monday in
Shijiazhuang; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies).
First read on `1714bc6`: top-1 55, 58, 55 and 57 of 60 (225 of 240, 93.8 %), 77 of 80
emergencies (96.3 %), 1 false alarm of 160 (0.6 %). Read then: 240, 80 and none (the floors
below).

Red flags: chopsticks that cannot be pinched ("捏不住") with a mouth pulled to one side ("嘴往一边
扯") and mumbled speech ("呜呜啦啦"); a stove still burning ("还烧着炉子") and a family with
headaches told in Gansu's "颡疼"; a learner's "not answer us" with a snoring breath.

False alarms: a febrile fit last week taken to the emergency department then ("当时送的急诊",
"那次上的急诊"): the department named as history asks for no emergency now.

Desks: tests after a "bad reaction to" a food (allergy); periods stopped, in a learner's English,
and "M嚟" for a period in Hong Kong (gynaecology); a pulse taken ("把下脉") and herbal soup
("汤药", Chinese medicine); a "sick leave paper" (a certificate); yellowish phlegm (no
jaundice); "不用紧张" said to the guide (no anxiety); froth in the urine ("尿里起沫子") with
swollen legs (the kidney's, a high blood pressure beside it); fits as a kid with a doctor's
letter for a job (neurology; "as a kid" told of one's own past says no child); an expired cold
medicine taken, no symptom (the GP).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("老伴吃饭时勺子都捏不住了，嘴往一边扯，讲话呜里哇啦的", 74),
    ("炉子还烧着，一屋子人都颡疼，奶奶叫半天才哼一声", 80),
    ("my uncle fall down in the kitchen, not answer us, only snoring", 60),
]
LOOK_ALIKES = [
    ("上礼拜孩子吃坏肚子，那次上的急诊，这两天又不爱吃饭", ("PED", "GI"), 5),
    (
        "I had a bad reaction to mango once and want to find out what else I should avoid",
        ("ALLERGY",),
    ),
    ("每次M嚟都痛到要食止痛藥，今個月仲多過以前", ("GYN",)),
    ("想把个脉，开点汤药调理一下，一年四季都怕冷", ("TCM",)),
    ("Where can I get a sick leave paper for my visit yesterday?", ("RECORDS", "CS")),
    ("coughing up yellowish mucus for a week, no fever", ("RESP", "GP")),
    ("血压一直偏高，这阵子尿里起沫子，脚也肿", ("NEPH",)),
    (
        "used to have fits as a child, nothing for 15 years, my employer wants a letter saying "
        "I'm fit to work",
        ("NEURO",),
        30,
    ),
    ("刚发现吃的感冒药过期半年了，吃了两顿，会不会有事", ("GP", "PHARM")),
]

TestHeldOutLanzhouTaoyuanShaTinShijiazhuang = taught_theme_tests(
    {
        "routing-lanzhou-tuesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-taoyuan-rainy-friday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-sha-tin-race-sunday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-shijiazhuang-monday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
