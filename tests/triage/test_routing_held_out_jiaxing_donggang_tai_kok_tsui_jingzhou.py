"""Four general days written blind in the session that began at `7054da1`, the sixth round (a
Saturday in Jiaxing among the zongzi factories, a Monday at Donggang's tuna port, a Tuesday in
Tai Kok Tsui, a Thursday in Jingzhou by the city wall and the crayfish ponds; 60 complaints
each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First read on `6970d77`: top-1
57, 48, 53 and 53 of 60 (211 of 240, 87.9 %), 75 of 80 emergencies (93.8 %), 7 false alarms of
160 (4.4 %). Read then: 60, 57, 57 and 57 (231), 80 and none (the floors below).

Red flags: a fish-bone prick, then a whole leg swollen purple with black blisters and a fever of
39 (a spreading infection); firecrackers burning a face, the hair burnt (头毛烧去, Hokkien);
a period late (月经慢), sudden low pain and a faint (昏去, Hokkien); a man on the flood dike who
collapsed, "喊他冇得反应"; muscles aching all over and urine like soy sauce after crayfish.

False alarms: a cut a foreman sent "to the emergency", a plaster enough; sunburn with no
blisters; a nosebleed that stopped with pinching; "我的手指快要烂掉了啦" (about to rot, said of a
sore finger); a father who died of a stroke (中风过身) and a check-up feared for; a faint on the
train yesterday, "看过说没事"; a faint "上个礼拜" (last week, as 上礼拜), fine now.

Desks: a Hokkien shoulder (肩胛头) after carrying a palanquin; an old fish-hook scar to mend; a
Hokkien hernia (膨起来, 无哭就消去); a rumour that dust would give cancer (会得肺癌), a cough
of two weeks; Cantonese's 收多咗 (overcharged); an old burn scar grown tight (plastic surgery);
fingers "dead white" in cold water, then red (Raynaud's); a heart "跟打鼓样的".

Left: a hangover, "快要死了哈哈" (neurology by the headache; labelled the stomach); red urine
after dragon fruit (the rules leave dragon fruit out of blood in the urine); rehabilitation asked
at the wrong desk (orthopaedics by the surgeon named); a wife's joke about bursting vessels and a
cholesterol test; a colonoscopy for a father's cancer (preventive care; labelled the stomach); a
grandfather of ninety living alone; schistosomiasis screening; lung worms from crayfish.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("前天脚被鱼骨扎了，今天整条腿肿得发紫，起了黑水泡，烧到三十九度，站不住", 60),
    ("炮仔炸著阮囝的面，規个面起水泡，頭毛嘛燒去", 12),
    ("阮某月經慢三禮拜，頭拄仔腹肚足痛，佇灶跤昏去", 30),
    ("我男将在堤上巡了一上午，刚才一下倒哒，喊他冇得反应", 58),
    ("晚上吃了三斤小龙虾，今天浑身肉痛，屙的尿跟酱油一样", 30),
]
LOOK_ALIKES = [
    ("手指被纸划了个口子，领导叫我挂急诊，我看贴个创可贴就行吧", ("GS", "DERM", "GP"), 30),
    (
        "I'm dying, honestly. Sunburn from the boat trip. My back is lobster red and stings, no blisters, no fever",
        ("DERM",),
        25,
    ),
    (
        "My nose was pouring blood this morning but it stopped after ten minutes of pinching",
        ("ENT",),
        55,
    ),
    ("我的手指快要烂掉了啦！昨天剥龙虾被夹到，红肿化脓", ("GS", "DERM", "ORTHO"), 36),
    ("阮阿公七十歲就中風過身，我驚遺傳，想欲做健康檢查", ("PREV", "NEURO"), 55),
    ("扛轎扛到正爿肩胛頭腫起來，手舉袂懸", ("ORTHO",), 40),
    ("二十年前予魚鉤鉤著手，留一條疤，想欲修予較媠", ("PLAST",), 40),
    ("阮孫仔哭的時陣大腿根有一粒膨起來，無哭就消去", ("PEDSURG",), 1),
    ("听说拆楼的灰吸了会得肺癌，我咳了两个礼拜", ("RESP",), 50),
    ("張單好似收多咗錢，想問點解", ("BILL",), 60),
    (
        "昨天晕倒，送来你们这里看过说没事，今天要个证明给保险",
        ("RECORDS", "CS", "INSUR", "NEURO", "GP"),
        40,
    ),
    ("昨天夜里心跳得跟打鼓一样，一会儿就好了", ("CARD",), 40),
    (
        "My fingers go dead white and numb when I rinse vegetables in cold water, then bright red",
        ("RHEUM",),
        35,
    ),
    ("上个礼拜在船上突然眼前一黑晕过去，现在好好的", ("CARD", "NEURO", "GP"), 45),
    ("My burn scar from a BBQ accident ages ago has gone tight", ("PLAST",), 40),
]

TestHeldOutJiaxingDonggangTaiKokTsuiJingzhou = taught_theme_tests(
    {
        "routing-jiaxing-saturday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-donggang-monday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-tai-kok-tsui-tuesday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-jingzhou-thursday-held-out-sweep.jsonl": (57, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
