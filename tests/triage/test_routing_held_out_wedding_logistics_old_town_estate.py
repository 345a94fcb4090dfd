"""Four days written blind and held out until the code of `9fb36b9` was measured on them (a
wedding-season Saturday, a Tuesday by a logistics zone, a spring Sunday in a tourist old town, a
Wednesday at a housing estate's community hospital; 60 complaints each, 27 Simplified, 18
Traditional, 15 English, 20 emergencies). First read: top-1 55, 56, 52 and 57 of 60 (220 of 240,
91.7 %), 78 of 80 emergencies (97.5 %), 6 false alarms of 160 (3.8 %). Read then: 235, 80 and none
(the floors below).

Red flags: a fryer's oil over a cook's chest and arms, "皮都起泡掉了" (the blistered skin told
without a word of scalding); a toddler who "chewed" grandma's heart pills (and "2yo" said for a
child). False alarms: "冇话想伤害自己" (not said: the thought denied); "喘得不厉害" (a red flag's
severity denied, as its pain was); a fall from a shelf the day before, the child "玩得挺欢" since;
what a tour guide says shock may come of; a faint of yesterday that the ER "said was fine"; a fish
bone choked on, "breathing fine".

Desks: a cephalosporin and a wedding toast asked (the pharmacy); worry before a wedding, "脑子里
老转" (psychology); tired on the stairs with ankles swelling by evening (cardiology); sunburn's
redness and heat, no fever (dermatology); an ingrown toenail with pus (surgery, no gout); a
thyroid lump that moves on swallowing; a breast screening after a mother's cancer (general
surgery).

Left: the bill settled on discharge (admissions in this file, billing in an earlier one's
test); a cruise ship's fit-to-travel letter after yesterday's visit (preventive care's certificate
rule wins); a stroke asked about at altitude with pills to refill (the refill rule reads "stroke"
as had); an old mother confused in the evenings on a trip (psychiatry's delirium rule, no age to
send her to geriatrics); a medical certificate after the ER (the GP's sick-note rule).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "夜宵摊的汤锅打翻了，老板腿上一大片，皮都起泡掉了，疼得直叫",
    ("my 3yo chewed a few of grandpa's heart tablets, now very drowsy", 3),
]
LOOK_ALIKES = [
    ("她情绪低落，天天哭，不过没说想伤害自己", ("PSY",)),
    ("老慢阻肺，这两天喘得不厉害，就是痰多", ("RESP",), 70),
    ("小孩前天从滑梯上摔下来碰到额头，哭了一下，没吐，玩得挺欢，起了个包", ("PED", "PEDSURG"), 5),
    ("网上说花生过敏严重会休克，我吃花生嘴巴有点痒，想查过敏原", ("ALLERGY",)),
    (
        "I fainted at the concert yesterday, the ER said everything was fine and told me to see cardiology",
        ("CARD",),
    ),
    ("choked on a fishbone earlier, breathing ok now, throat scratchy", ("ENT",)),
    ("去海边玩了一天，忘了涂防晒，背上发红发烫", ("DERM",)),
    ("脚趾甲长进肉里了，有点化脓", ("GS",)),
    ("there's a lump at the front of my neck, it moves when I swallow", ("ENDO",)),
    ("在吃甲硝唑，周末同学聚会能不能喝点酒", ("PHARM",)),
    ("快考试了，天天睡不着，脑子里老转这些事，烦得不行", ("PSY",)),
    ("七十岁了，没胸痛，就是上楼特别累，脚踝一到晚上就肿", ("CARD",), 70),
    ("my sister had breast cancer, can I get screened?", ("GS", "PREV")),
]

TestHeldOutWeddingLogisticsOldTownEstate = taught_theme_tests(
    {
        "routing-wedding-season-saturday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-logistics-zone-tuesday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-old-town-tourists-sunday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-housing-estate-wednesday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
