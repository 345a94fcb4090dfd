"""Four general days written blind in the session that began at `3506417` and left unread (a
rainy Wednesday in Jiujiang, a temple-festival Saturday near Lukang, a Monday in Sheung Shui, a
Thursday in Anshan; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20
emergencies). Scored on `3506417`: top-1 57, 53, 55 and 59 (224 of 240), 79 of 80 emergencies,
3 false alarms of 160. Scored again on `53e9857` (this session's start) before anyone read them:
57, 53, 56 and 59 (225 of 240, 93.8 %), 79 emergencies (98.8 %), 3 false alarms (1.9 %). Read
then: 60, 58, 60 and 59 (237), 80 and none (the floors below).

Red flags: a toddler who drank hydrochloric acid told in Hokkien (啉 is to drink; a mouth whose
skin is broken, 流喙澜 for drooling, 吞袂落 for no swallowing).

False alarms: reflux with "nothing in my arm or jaw" (a place denied in English, and the list
after it); a care home's grandmother on ten pills a day who keeps falling, "好彩冇伤亲" (luckily
unhurt: no head injury).

Desks: foamy urine with feet that pit when pressed (Cantonese 㩒) or puffy eyes (nephrology); a
positive schistosomiasis screen (infectious diseases); a job's check-up listing an ECG among its
tests (the check-up's); Taiwan's NHI card refused at the counter (insurance); a child's groin
(Taiwan's 鼠蹊部) bulging when he cries (paediatric surgery); a burn treated in the emergency
department last night, here for the dressing (the burns clinic); periods so heavy that she is
anaemic (gynaecology); a lump like an egg where a golf ball struck (orthopaedics); a nosebleed
"没吃阿司匹林" (a medicine denied with 没吃); a care home's polypharmacy (geriatrics).

Left: a lost health card and purse on a chair (lost and found; the rules send a lost insurance
card to insurance); a tourist's emergency bill and a receipt for the travel insurer (billing; the
rules send the insurer's paperwork to insurance); a fall on ice with a graze and an aching wrist
(the graze's surgery).
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("阮查某孙偷啉一口厕所用的盐酸，嘴内攏破皮，流喙澜", 3),
]
LOOK_ALIKES = [
    (
        "Burning behind my breastbone after a curry, my usual heartburn, nothing in my arm or jaw",
        ("GI",),
        45,
    ),
    ("朝早起身眼肿，屙尿好多泡，脚一㩒就一个窝", ("NEPH",), 50),
    ("村里筛查说我血吸虫抗体阳性，让我来医院复查，没什么不舒服", ("INFECT",), 60),
    ("单位要入职体检，抽血、B超、心电图都要做，在哪做", ("PREV",), 30),
    (
        "My NHI card got a problem at the counter, they want full price, who can help",
        ("INSUR",),
        35,
    ),
    ("孩子哭的时候左边鼠蹊部会鼓一个包，躺下就不见了", ("PEDSURG",), 3),
    ("前天晚上在急诊处理过烫伤，医生叫今天来换药", ("BURN",), 30),
    ("月經嚟得好多，一日換十幾塊，驗血話我貧血", ("GYN",), 40),
    (
        "Got hit on the shin by a hockey ball at training, there's a lump like an egg now, checking it's not broken",
        ("ORTHO",),
        30,
    ),
    ("我爸早上流鼻血，捏一下就止了，他没吃阿司匹林", ("ENT",), 70),
    ("外婆住老人院，一天吃十几种药，最近头晕跌了两次，好彩冇伤亲，想医生执吓啲药", ("GERI",), 86),
]

TestHeldOutJiujiangLukangSheungShuiAnshan = taught_theme_tests(
    {
        "routing-jiujiang-wednesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-lukang-saturday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-sheung-shui-monday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-anshan-thursday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_a_place_where_nothing_is_felt_is_denied() -> None:
    assert mention("usual reflux, nothing in my arm or jaw", "arm").negated
    assert mention("usual reflux, nothing in my arm or jaw", "jaw").negated
    # Something found in the arm is said, not denied.
    assert not mention("there's a lump in my arm", "arm").negated


def test_a_medicine_not_taken_is_denied() -> None:
    assert mention("他没吃阿司匹林那类药", "阿司匹林").negated
    assert mention("佢冇食薄血药", "薄血药").negated
    # Not having eaten is no denial of what follows it in another clause.
    assert not mention("没吃早饭，胸口痛", "胸口痛").negated
