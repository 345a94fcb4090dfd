"""Emergencies said in words no rule held, and calm stories the engine read as emergencies, found by
the 178th to 181st hand-written files and fixed by family (concept, composition, context), never
by a file's sentence.

Why three families taught before (migrations 0104, 0105) still missed:

- A child into an adult's medicine: the strip was prised open with verbs the rule lacked (扒开,
  抠开, 掰开, after 给 rather than 被), and the medicine was named two clauses before the count
  (the composition allowed one); a strip short of a number (板上少了五六个) is a count too.
- A baby's fever under three months: the age told as weeks since the birth (出生三周) was no age.
- A corrosive drunk: a drain cleaner said by what it does (通水管的, 通马桶的), and drunk with 把
  (the cleaner before the drinking).

New families: the red-currant stool in everyday words (屎, 便便 跟果酱似的; redcurrant jelly); a
coal stove or a stove lit indoors (烧炉子, 煤球炉, coal stove) with headaches and vomiting;
heavy bleeding after an abortion pill with egg-sized clots, white lips, cold hands or faintness;
a fever after a birth with confusion said as muddled talk or not knowing one (讲话乱七八糟,
认不得人).

Calm: a child's vaccines called shots (12 month shots, records from abroad); a crash long past
with its nightmares and fear of driving; a gas stove's flare with a small blister; a neighbour
dead of pesticide, the finder sleepless; a sunburn's blisters (the skin or burns clinic, and
'they sting' is no bee).

Every wording here is our own, in Simplified and Traditional Chinese and in English.
"""

from tests.triage.taught_batches import alarm_family_tests, file_tests

TestFiles = file_tests("one_hundred_seventy_eighth_to_eighty_first")

EMERGENCIES = {
    "a child into an adult's medicine, told across clauses": [
        "外婆的降压药放在床头，孙子给抠开吃了，也不知道吃了几片",
        "外婆的降壓藥放在床頭，孫子給摳開吃了，藥板少了三顆",
        "爷爷的降压药搁桌上了，孙女掰开吃了好几片",
        "my grandson got into grandma's blood pressure pills",
    ],
    "a baby's fever told by the weeks since the birth": [
        "宝宝出生两周，发烧38.5，不怎么吃奶",
        "寶寶出生四週，發燒38.3，一直睡",
    ],
    "the red-currant stool in everyday words": [
        "孩子肚子一阵阵疼，哭得蜷起腿，拉的屎跟果酱似的",
        "小朋友肚子一陣一陣痛，便便跟果醬似的，還吐了",
        "my toddler has screaming bouts of tummy pain and his poo looks like redcurrant jelly",
    ],
    "a coal stove lit indoors": [
        "家里生炉子取暖，早上起来一家人都头疼想吐",
        "屋裡燒煤球爐，全家人都頭暈想吐，走路不穩",
        "we used a coal stove indoors overnight and the whole family has headaches and is vomiting",
    ],
    "a drain cleaner said by what it does": [
        "孩子把通马桶的药剂喝了一口，嘴里红了，流口水",
        "兒子把通水管的藥水喝了一口，一直流口水",
        "my son drank some drain unblocker, he is drooling and his mouth is red",
    ],
    "heavy bleeding after an abortion pill": [
        "吃了打胎药以后一直在流血，血块像鸡蛋那么大，头晕",
        "吃了流產藥，血一直流，嘴唇發白，手腳冰冷",
        "I took the abortion pill and I'm passing clots the size of an egg and feel faint",
    ],
    "a fever after a birth with muddled talk": [
        "她生完孩子十来天，发烧三十九度多，讲话乱七八糟",
        "生完小孩三個禮拜，高燒，認不得人了",
    ],
}

NOT_EMERGENCIES = {
    "a crash long past with its fear": [
        "三年前出过车祸，现在一坐车就心慌，老做噩梦",
        "自從那次車禍之後我就不敢開車，一閉眼就是那個畫面",
        "since the crash last spring I have nightmares and I'm scared to drive",
    ],
    "a gas stove's flare with a small blister": [
        "炒菜的时候燃气灶的火窜出来，燎了一下手指，起了两个小水泡",
        "點火的時候瓦斯爐火竄了一下，手背起了一個水泡",
    ],
    "a sunburn's blisters": [
        "got sunburnt on a hike, blisters all over my shoulders and they sting",
        "bad sunburn from a day at the beach, blisters all over my back",
        "去海边晒伤了，背上起了好多水泡",
    ],
    "a death by pesticide told by the one left": [
        "我表叔前几天喝农药走了，我这几天老睡不着，心里难受",
        "鄰居喝農藥過世了，是我發現的，這幾天一直睡不著",
    ],
    "a child's vaccines called shots": [
        "we just arrived from Australia, she's due her 12 month shots, what records do you need",
        "my son needs his 4 year shots, we have the records from Germany",
        "宝宝出生三周了，想问什么时候打疫苗",
    ],
    "questions beside the families": [
        "吃了药流产以后复查，血已经不多了",
        "家里装了煤炉子，想问要不要买一氧化碳报警器",
        "孩子把药板上的糖衣抠开玩，没吃",
    ],
}

STILL_EMERGENCIES = [
    "got stung by a wasp and now I have hives all over and feel faint",
    "出了车祸，他说脖子很痛，腿没知觉",
    "孩子喝了农药，口吐白沫",
    "煤气灶漏气，一家人都头晕想吐",
    "全身大面积烫伤，起了一大片水泡",
]

AT_THEIR_DESK = [
    ("自从出了车祸我就不敢开车，一闭眼就是那场面", ("PSY",)),
    ("bad sunburn from a day at the beach, blisters all over my back", ("DERM", "BURN")),
    (
        "we just arrived from Australia, she's due her 12 month shots, what records do you need",
        ("CHILD", "PREV"),
    ),
]

TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
