"""Four days written blind and held out until the code of `bd927f9` was measured on them (a
northern county's winter night, a river town's market day, an expat district's Saturday, a
hot-spring resort's Sunday; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20
emergencies). First read: top-1 53, 58, 57 and 55 of 60 (223 of 240, 92.9 %), 79 of 80
emergencies (98.8 %), 3 false alarms of 160 (1.9 %). Read then: 232, 80 and none (the floors
below).

Red flags: many stings ("二十几下", "dozens"), or dark urine or legs that give way after stings,
a whole-body reaction as much as breathlessness is. False alarms: weakness still there after a
stroke named in the past ("去年中风过…现在右手还有点使不上劲": its sequel, not a new one — "又",
"突然" still make one); a snake that whoever saw it called harmless ("说是没毒的菜花蛇"); a
question that tells two things apart ("煤气中毒的头疼跟感冒头疼咋分"). Desks: jaundice said as
"眼珠子发黄", the ribs as "肋巴扇", skin red and hot from the sun (no fever, no burn to the ER),
chapped hands ("手上裂了好些口子"), a tick still in the skin (surgery takes it out), someone
else's blood on broken skin or a used needle (infectious diseases), "每个月大概" (a month said as
a duration is no infant's age).

Left: paying when an insurance card is declined or a receipt is refused (the file says billing;
insurance and imaging win on the words named), a cough that makes the ribs ache, toes white and
numb in the cold, whether a grandmother who had a stroke can travel, a check-up after chest pain
that was a pulled muscle, lab results that a kiosk will not print (billing and the lab tie).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "被一窝黄蜂追着蜇了十多下，现在尿是茶色的",
    "my son was stung dozens of times by hornets and his pee is dark like cola",
    "去年中风过，今天早上突然右手又使不上劲了",
    "刚被蛇咬了，不知道有没有毒，腿肿起来了",
    "孩子被开水烫了，脸上红得发烫起了大泡",
    "在工地晒了一天，人晕倒了叫不醒，身上发烫",
]
LOOK_ALIKES = [
    ("前年中过风，左腿一直有点没劲，来开药", ("NEURO", "REHAB")),
    (
        "my dad had a stroke two years ago and his left hand is still a bit weak, we need his "
        "follow-up",
        ("NEURO", "REHAB"),
    ),
    ("我每个月大概偏头痛两三次，想开点药", ("NEURO",)),
    ("上周被蛇咬了，医生说是无毒的，伤口有点肿想换药", ("GS",)),
    ("这两天眼珠发黄，小便也黄，没什么胃口", ("GI", "INFECT")),
    ("左边肋巴扇底下一吃饭就胀", ("GI",)),
    ("脸晒得红得发烫", ("DERM", "BURN")),
    ("脸被太阳晒得红到发烫，一碰就疼", ("DERM", "BURN")),
    ("冬天手上裂了好多口子，一洗手就疼", ("DERM",)),
    ("在腿弯里发现一只蜱虫，咬在肉里拔不下来", ("GS", "DERM")),
    ("收拾垃圾时被别人用过的针扎了一下，会不会传染艾滋", ("INFECT",)),
    ("a patient's blood got on my cut hand, can I catch hepatitis?", ("INFECT",)),
]

TestHeldOutWinterMarketExpatResort = taught_theme_tests(
    {
        "routing-northern-winter-night-held-out-sweep.jsonl": (56, 20, 0),
        "routing-river-town-market-day-held-out-sweep.jsonl": (58, 20, 0),
        "routing-expat-district-saturday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-hot-spring-resort-weekend-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
