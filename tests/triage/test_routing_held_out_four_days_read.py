"""Four of the eight sweeps held out in test_routing_held_out_eight_days_unread.py (a rainy rush
hour, a mountain town's weekend, a women's Wednesday, a late Friday evening), read once their
start (`ec03c65`) and end (`df3edd4`) had been measured: top-1 221 of 240, 79 of 80 emergencies
and 4 false alarms became 237, 80 and none (the floors there are raised to them). The other four
(a Saturday morning, a port city, a new suburb, a typhoon night) stay unread.

Red flag: a chest "only a little" tight ("胸口有点闷") with a sweat that goes on. False alarms: a
cramping first period that has passed ("缓过来了"); a faint yesterday, "totally fine today"; gums
that have bled for months and leave a red mouthful (with a blood thinner, a bleed that will not
stop or light-headedness it stays one). Desks: a knock to the chest that hurts on a deep breath,
altitude sickness asked by name ("高反"), a blister gone yellow (no jaundice), hot flushes (no
fever), a migraine with the periods, a mother low and crying months after a birth, spots on the
face after a pregnancy, sunburn peeling, fingertips gone white in the cold, the pharmacy or the
billing counter asked if still open, visiting a grandmother in Cantonese, a wallet lost.

Left: "站久了就眼前发黑…想查查是不是贫血" goes to neurology (asking about anaemia stays general
practice's or the heart's, as taught before, not the blood clinic's); a sick note stamped after
the emergency department goes to the records office.
"""

from tests.triage.taught_batches import wording_tests

EMERGENCIES = [
    "我婆婆说胸口有点闷，坐下歇了半小时还在出冷汗",
]
LOOK_ALIKES = [
    ("胸口有点闷，可能是最近没睡好", ("CARD", "GP", "PSY")),
    ("打篮球撞到胸口，过了两天深呼吸还是痛", ("ORTHO", "THOR")),
    ("刚到高原第二天，头胀睡不好，走快了喘，是不是高反", ("GP", "RESP")),
    ("hiking boots gave me a blister and it's gone yellow and gooey", ("DERM", "GS")),
    ("我52岁，最近一阵一阵出汗脸发烫，晚上睡不着，是不是更年期", ("GYN", "TCM")),
    ("每次来月经前后就偏头痛，一边一跳一跳的", ("NEURO", "PAIN")),
    ("宝宝才三个月，我天天心慌睡不着，孩子一哭我就跟着哭", ("PSY",)),
    ("生完孩子脸上长了好多斑，能去掉吗", ("DERM", "AEST")),
    ("女儿12岁，昨天来例假肚子疼得打滚，今天缓过来了，想看看正不正常", ("GYN", "PED"), 12),
    ("刷牙出血好久了，今天吐出来一口都是红的", ("DENT",)),
    ("我老公刚看完急诊，批价在哪里", ("BILL",)),
    ("请问药房现在还开吗？我妈的降压药吃完了", ("PHARM", "CARD")),
    ("我想上去探我阿嫲，佢住八楼，而家仲可唔可以上去", ("CS",)),
    ("我在一楼掉了个钱夹，有人捡到吗", ("CS",)),
    (
        "fingertips went white and numb skiing this morning, colour's back but tingly and a bit "
        "swollen",
        ("BURN", "DERM"),
    ),
    ("晒到又红又痛，今日开始甩皮", ("DERM", "BURN")),
]


TestFourDaysRead = wording_tests(EMERGENCIES, LOOK_ALIKES)
