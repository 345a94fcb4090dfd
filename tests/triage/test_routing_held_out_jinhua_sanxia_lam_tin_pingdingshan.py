"""Four general days written blind in the session that began at `7054da1`, the third round (a
Thursday in Jinhua among the ham workshops, a Sunday in Sanxia and Yingge, a Tuesday in Lam Tin
and Yau Tong, a Saturday in Pingdingshan; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). First read on `f66e26f`: top-1 52, 52, 53 and 57 of 60 (214 of 240,
89.2 %), every emergency (80 of 80), 8 false alarms of 160 (5.0 %). Read then: 58, 56, 55 and 59
(228), 80 and none (the floors below).

False alarms: a fish bone, "讲话喘气都好的" (fine said with 都好的); a mother of ninety-one with
blood pressure, diabetes "还有点糊涂" (a condition listed, not a change); a snake bite a friend
"一直说", "其实是" a branch's scratch (what someone keeps saying, then what it was); a faint last
week, "后来都好好的"; a grandmother told skipped beats "mean a stroke is coming" (a claim of
what a stroke follows from); "以为烧伤好严重，原来得一个硬币咁大" (Cantonese's 得, only); heavy
periods for months, soaking pads; a stomach "好似著火咁" after mutton soup (likened, no heat).

Desks: a hangover told in English ("way too much baijiu", "my head is killing me"); "吓死人" (an
idiom) beside an itchy rash; bruises "不知道哪里撞到的" with nosebleeds (haematology); hands
cracked from salting hams; Cantonese's 粒痣; a breast check after a mother's cancer; a groin lump
that grows with crying (变大颗) and goes down; a follow-up to book; Henan's "拉了四五回"; hot
oil "弹亲" a hand (the burns clinic).

Left: a lung nodule on a check-up, a CT in a year (preventive care by the check-up; labelled
respiratory or thoracic surgery); menstrual headaches for years (gynaecology; labelled
neurology); a forgotten health card, pay first and refund (insurance; labelled billing); "心臟快停
了" before an exam (mental health; labelled the stomach); a dog bite and rabies shots
(preventive care; labelled infectious diseases); a colleague's heart attack and a heart check;
hearsay of a mole's cancer; an ultrasound slip (the registration desk; labelled imaging); a
mammogram after a mother's cancer (surgery; labelled preventive care or imaging); a coin thought
swallowed, found under the sofa (paediatric surgery; labelled paediatrics); a hangover with
mutton soup in Henan.
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES: list = []
LOOK_ALIKES = [
    ("中午吃鱼喉咙卡了根刺，咽饭也下不去，说话喘气都好的", ("ENT",), 40),
    (
        "我爸八十八了，高血压糖尿病，还有点糊涂，吃的药太多，想请医生一起理一理",
        ("GERI", "CARD", "GP"),
        88,
    ),
    ("我老婆一直说我被蛇咬了，其实是割草被草叶划了一道，有点红", ("GS", "DERM", "GP"), 50),
    (
        "前天拜拜的时候我晕倒一次，太热又没吃饭，后来都好好的，儿子叫我来检查",
        ("CARD", "NEURO", "GP"),
        70,
    ),
    (
        "My aunt says palpitations mean a stroke is coming. I get the odd flutter at night but feel fine",
        ("CARD",),
        66,
    ),
    ("炒菜俾油弹亲手，我仲以为烫伤好严重，原来得指甲咁大", ("BURN",), 58),
    (
        "My periods are all over the place and I'm soaking through pads at work, I'm 47",
        ("GYN",),
        46,
    ),
    ("食完辣椒酱，个胃好似着火咁，一路反酸", ("GI",), 35),
    ("My head is killing me, way too much sake last night, no vomiting", ("GP",), 30),
    ("朋友笑我画得丑到吓死人，我其实是来看手上的湿疹，痒得睡不着", ("DERM",), 30),
    ("最近老流鼻血，腿上好多瘀青，不知道哪里撞到的", ("HEME",), 50),
    ("手指上一道道口子，天天泡洗洁精，开裂了很痛", ("DERM",), 45),
    ("My mother had breast cancer, I'd like a breast check please", ("GS", "PREV"), 40),
    ("个仔两岁，鼠蹊嗰度一哭就变大颗，不哭就消返", ("PEDSURG",), 2),
    ("Can I book a follow up here or only online?", ("CS",), 40),
    ("昨天吃了凉皮，今天拉了五六回，不发烧", ("GI",), 25),
]

TestHeldOutJinhuaSanxiaLamTinPingdingshan = taught_theme_tests(
    {
        "routing-jinhua-thursday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-sanxia-sunday-held-out-sweep.jsonl": (56, 20, 0),
        "routing-lam-tin-tuesday-held-out-sweep.jsonl": (55, 20, 0),
        "routing-pingdingshan-saturday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_what_someone_keeps_saying_then_what_it_was_is_not_told() -> None:
    assert mention("我老婆一直说我被蛇咬了，其实是割草被草叶划了一道", "蛇咬").condition
    assert not mention("我老婆说我被蛇咬了，赶紧送来", "蛇咬").condition


def test_cantonese_only_tells_what_it_turned_out_to_be() -> None:
    assert mention("我仲以为烫伤好严重，原来得指甲咁大", "烫伤").condition


def test_well_ever_after_makes_an_earlier_day_past() -> None:
    assert mention("前天我晕倒一次，后来都好好的", "晕倒").past


def test_fine_said_with_dou_hao_de() -> None:
    assert mention("卡了根刺，说话喘气都好的", "喘").negated
    assert not mention("喘气好的时候能走", "喘").negated
