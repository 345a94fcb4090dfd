"""Four general days written blind in the fourth round of the session that began at `3506417` (a
chrysanthemum-fair Sunday in Kaifeng, a Thursday in Puli, a Saturday in Tai O and Tung Chung, a
bitter Friday in Mudanjiang; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20
emergencies). First read on `eb1b436`: top-1 57, 55, 56 and 48 of 60 (216 of 240, 90.0 %), 77 of
80 emergencies (96.3 %), 9 false alarms of 160 (5.6 %). Read then: 239, 80 and none (the floors
below).

Red flags: a rider over the handlebars with blood from an ear and a thigh bent the wrong way; a
testicle told as 下面…那颗 after the pain; a chainsaw's cut with blood pumping out through a belt.

False alarms: gums that keep bleeding with bruises (a bleed of the gums alone, with no black
stool, faint or shock told after it); a pregnancy with "没有流血也没有流水" (血…流 denied in its
gap); betel spat red and "以为吐血"; a chest sore to press after shovelling snow, breathing
easy ("喘气不费劲"); "寻短见那事儿没想过"; a migraine "唔系突然爆炸咁痛" and a tooth's pain "like
electric shock" (similes); breathless on the stairs after years of a smoker's cough; a fall
from a snow tube or a toboggan (no height).

Desks: a permit's or a visa's health examination with an ECG listed; chest strains told by a
hand pressing (手压下去, 㩒落去, 一摁); sour water rushing up; stitches to come out (a rule of
its own); a knee replaced with exercises asked (rehabilitation); chilblains asked "算冻伤吗"
with no blackening or blister (a blister or frostbite denied no longer cancels them); a baby's
growth and vitamin D; a kang's burn (烙); gloves, a hat or a bag left behind; a friend's advice to
go to the emergency department; shingles healed told as 蛇盘疮; a betel chewer's white patch in
the cheek (a rule of its own).

Left: a neighbour's stroke told by a woman with her own pressure of 180 (the stroke outweighs
the pressure; she forgets her pills, read as memory).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("My friend went over the handlebars on the mountain road, blood coming from his ear", 30),
    ("孩子说下面好痛，痛到吐，左边那颗肿了", 13),
    (
        "chainsaw slipped and cut his leg, blood pumping out, we tied a belt but it is still coming through",
        40,
    ),
]
LOOK_ALIKES = [
    ("刷牙时牙龈一直流血，身上容易青一块紫一块", ("HEME",), 35),
    ("怀孕二十周，肚子有点发紧，没有流血也没有流水，想做个B超", ("OB",), 29),
    (
        "I need the health examination for my residence permit, blood test and ECG, who do I see?",
        ("PREV",),
        30,
    ),
    ("搬了一天货，胸口侧边手压下去就痛，不喘", ("GP", "ORTHO"), 45),
    ("吃槟榔吐出来红红的，家人以为吐血，嘴里脸颊有块白斑一个多月没好", ("DENT", "ENT"), 50),
    ("每天晚上喝点绍兴，胃烧烧的，酸水一直往上冲，喉咙也卡卡的", ("GI",), 55),
    ("上礼拜喝多了摔了一跤，下巴缝了针，当时是你们急诊缝的，今天来拆线，挂哪个", ("GS",), 30),
    ("三个月前换了右边膝盖，医生说要坚持锻炼，想找人教我怎么练", ("REHAB",), 66),
    ("手指头和耳朵冻得红红肿肿，一热就痒，没有变黑也没有起水泡，算冻伤吗", ("DERM",), 30),
    ("铲了一下午雪，胸口这块一摁就疼，喘气不费劲", ("GP", "ORTHO"), 50),
    ("下岗以后天天不想出门，半夜就醒，寻短见那事没想过", ("PSY",), 50),
    ("宝宝十个月，社区说个头偏小，想看看要不要补维生素D", ("CHILD",), 0),
    ("偏头痛十几年，这次跟平时一样，唔系突然爆炸咁痛，想开返啲药", ("NEURO",), 35),
    (
        "Tooth in the back, pain like electric shock when cold water, three days, no swelling",
        ("DENT",),
        30,
    ),
    ("睡热炕把腿给烙了，起了个水泡", ("BURN",), 70),
    ("抽了三十年烟，咳了十来年，今年上楼喘得厉害", ("RESP",), 63),
    (
        "I forgot my fur hat and gloves in the waiting hall this morning, where do I ask?",
        ("CS",),
        40,
    ),
    (
        "Fell from a toboggan yesterday, my knee hit the ice, it is blue and a bit swollen but I can walk",
        ("ORTHO",),
        25,
    ),
    ("前年长了蛇盘疮，早就好了，可那块皮到现在还疼得睡不着", ("PAIN", "DERM"), 72),
    (
        "I twisted my ankle on the ice, my friend says go emergency, but I think not so bad",
        ("ORTHO",),
        35,
    ),
]

TestHeldOutKaifengPuliTaiOMudanjiang = taught_theme_tests(
    {
        "routing-kaifeng-sunday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-puli-thursday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-tai-o-saturday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-mudanjiang-friday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
