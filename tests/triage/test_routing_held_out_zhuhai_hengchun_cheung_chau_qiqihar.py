"""Four general days written blind in the third round of the session that began at `3506417` (a
Saturday at the bridge in Zhuhai, a windy Monday in Hengchun by Kenting, a Wednesday on Cheung
Chau, a snowy Tuesday in Qiqihar; 60 complaints each, 27 Simplified, 18 Traditional, 15 English,
20 emergencies). First read on `21c2bec`: top-1 55, 56, 54 and 55 of 60 (220 of 240, 91.7 %), 77
of 80 emergencies (96.3 %), 3 false alarms of 160 (1.9 %). Read then: 238, 80 and 1 (the floors
below).

Red flags: a crushing chest with cold sweats told "早上回来就说" (a context step: 早上回来, 晚上
回来 is the morning's return, not 上回, the last time); two strips of sleeping pills by the bed
and a daughter who only murmurs ("两排", "嗯嗯声", "眼都擘唔开"); a fall from bamboo scaffolding
("由棚顶跌落嚟", two storeys high).

False alarms: a panic attack that passed in ten minutes; nerves before an exam ("一紧张就心口发
闷") with a heart already checked.

Desks: a heat rash 一粒粒 on the chest (no lump); a chest strain in English told at length; a
stroke's rehabilitation asked as 复健 or to go on with it (一直有做, 继续做); a work permit's or a
visa's check listing an X-ray and blood tests (the check's, not imaging's or the laboratory's);
a spot that keeps crusting and bleeding for months (a rule of its own); bleeding years after the
menopause in Cantonese (收咗经); foamy urine with ankles that pit (a rule of its own); a wrist
with the head not knocked (脑袋没磕着); a memory failing after carbon monoxide (a rule of its
own, its phrases written so as not to hide the red flag's words); a child's fever read from "有点
烧，三十八度二" (有点烧 and 低烧 before a reading in numerals).

Left: a childhood scald's scar now raised and itchy (the scald, told of a childhood in Cantonese,
still draws the burns clinic); stools black as tar on iron tablets (tar stays the red flag's, a
false alarm kept for safety).
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("我老婆早上回来就说胸口像压着石头，一身冷汗，歇了半个钟还没好", 55),
    ("佢床头有两排安眠药壳，而家叫佢只系嗯嗯声", 25),
    ("做棚工由三层楼咁高跌落嚟，腰郁唔到，对脚冇感觉", 40),
]
LOOK_ALIKES = [
    ("一阵阵心慌透唔到气，十几分钟就冇事，医生话系惊恐症", ("PSY",), 30),
    ("呢排好焗，条颈同心口出咗一粒粒红点，出汗就痕", ("DERM",), 30),
    (
        "My chest on the right has been sore since rowing all weekend with the club, on the ribs there, and it hurts when I twist to reach the oar or press on it, breathing fine",
        ("ORTHO", "GP"),
        30,
    ),
    (
        "阿嬤三年前中風，那時候急診救回來，現在手還是硬硬的，走路會拖，醫生說可以來做復健",
        ("REHAB",),
        75,
    ),
    (
        "我爸前年中风，右手右脚还是不太灵活，走路会拖着，在老家一直有做复健，想在这边继续做",
        ("REHAB",),
        70,
    ),
    (
        "my visa needs a health exam with a chest X-ray and blood tests, where do I go?",
        ("PREV",),
        30,
    ),
    ("鼻子旁边有粒嘢成日结痂，搣咗又流血，几个月都未好", ("DERM",), 70),
    ("收咗经十年，呢排底裤有少少血", ("GYN",), 60),
    ("一紧张就心口发闷、手发麻，心电图查过都正常", ("PSY",), 22),
    ("血压高好多年，尿里泡泡很多，脚脖子一按一个坑", ("NEPH",), 60),
    ("早上在冰上卡了一跤，手腕子肿了动弹就疼，脑袋没磕着", ("ORTHO",), 60),
    ("我妈上个月煤气中毒在你们这抢救过来，这半个月跟变了个人似的，出门找不着家", ("NEURO",), 62),
    (
        "孩子去年烧高了抽过一回，这回昨晚有点烧，三十八度二，现在能吃能玩，就是鼻涕多",
        ("PED", "FEVER"),
        3,
    ),
]

TestHeldOutZhuhaiHengchunCheungChauQiqihar = taught_theme_tests(
    {
        "routing-zhuhai-saturday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-hengchun-monday-held-out-sweep.jsonl": (59, 20, 1),
        "routing-cheung-chau-wednesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-qiqihar-tuesday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_the_mornings_return_is_no_last_time() -> None:
    assert not mention("早上回来就说胸口闷", "胸口闷").past
    assert not mention("晚上回来说头痛", "头痛").past
    assert mention("上回来说胸口闷，查了没事", "胸口闷").past
