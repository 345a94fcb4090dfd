"""Red flags by composition: phrasings that no rule holds verbatim still reach the emergency desk.

Each case composes concepts (a substance with an excess, a head with an injury and a sign, a
pregnancy with a danger sign, a foreign body with breathing or colour words, a seizure now, a
vital-sign number) in words written for this suite. The engine is built from the shipped rule
and lexicon files, without the database.
"""

import pytest
from django.utils import translation

from triage.routing.defaults import default_specs
from triage.routing.engine import Engine
from triage.routing.text import normalise

OVERDOSE = [
    "我妈把一整盒降糖药都吞了",
    "他吃了大半瓶安定片",
    "孩子偷吃了十几片退烧药",
    "我爸吵完架一口气吃了好多降压药",
    "想不开吃了一大把止痛药",
    "我女朋友吃了很多佐匹克隆，现在叫不太醒",
    "my son swallowed a whole bottle of paracetamol",
    "she took too many sleeping tablets",
    "他故意吃了过量的胰岛素",
    "误喝了洁厕灵",
    "老人偷喝了敌敌畏",
    "服了一板艾司唑仑",
]
HEAD_INJURY = [
    "爷爷后脑勺磕在台阶上，一直在吐",
    "孩子从床上掉下来撞到额头，现在特别想睡觉",
    "骑车摔了，脑袋撞到地上，流了血",
    "头被门框撞了以后说胡话",
    "she hit her head on the floor and keeps vomiting",
    "打架被砸到头顶，昏昏沉沉的",
]
PREGNANCY = [
    "怀孕32周，头痛得厉害，看东西模糊",
    "孕妇，肚子剧痛，下面在出血",
    "有身孕七个月，突然破水了",
    "孕晚期，血压特别高",
    "I am 30 weeks pregnant with a severe headache and blurred vision",
    "怀着孩子，下身流血不止",
]
FOREIGN_BODY = [
    "宝宝吞了一颗纽扣电池",
    "孩子吃果冻噎住了，脸发紫",
    "小孩把弹珠吸进去了，喘不上气",
    "老人吃饭噎着了，说不出话，脸涨红",
    "my toddler is choking on a grape and turning blue",
    "花生米卡在气管里了，憋得满脸通红",
]
SEIZURE = [
    "我儿子刚刚突然全身抽，口吐白沫",
    "老公现在倒在地上手脚一直抖，叫不醒",
    "孩子突然翻白眼，牙关紧闭",
    "my wife is having a seizure right now",
    "奶奶刚才突然浑身抽动，嘴里吐白沫",
]
VITAL_SIGNS = [
    ("量了血压，210/120，头很胀", {}),
    ("高压195，头晕", {}),
    ("低压118，头疼", {}),
    ("家里测的血氧才86", {}),
    ("spo2 89% and feels breathless", {}),
    ("心率一直在150左右，心慌", {}),
    ("心跳只有38下", {}),
    ("BP 200/115 this morning", {}),
    ("浑身发冷", {"temperature": "34.6"}),
    ("高烧不退", {"temperature": "41.2"}),
]
NOT_EMERGENCIES = [
    "一直在吃降压药，想开点药",
    "吃了很多种药都没好",
    "2年前脑梗，现在想复查",
    "以前血压180，现在吃药控制住了",
    "声带息肉会导致呼吸困难吗",
    "经常手脚抖，是不是帕金森",
    "孩子眨眼睛抽动，是抽动症吗",
    "没有胸痛和呼吸困难，就是咳嗽",
    "想问一下安眠药吃多了会怎么样",
    "怀孕前血压有点高，现在孕20周想建档",
    "血压130/85，想咨询一下",
    "体温36.8，喉咙痛",
]


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


def shipped_phrases() -> set[str]:
    phrases = set()
    for spec in default_specs():
        for phrase in (*spec.phrases, *spec.requires):
            phrases.add(normalise(phrase))
    return phrases


def test_no_case_of_this_suite_is_a_rule_phrase_verbatim() -> None:
    phrases = shipped_phrases()
    cases = [*OVERDOSE, *HEAD_INJURY, *PREGNANCY, *FOREIGN_BODY, *SEIZURE, *NOT_EMERGENCIES]
    cases += [text for text, _kwargs in VITAL_SIGNS]
    assert not {normalise(text) for text in cases} & phrases


@pytest.mark.parametrize("text", [*OVERDOSE, *HEAD_INJURY, *PREGNANCY, *FOREIGN_BODY, *SEIZURE])
def test_red_flag_compositions_go_to_emergency_at_once(engine: Engine, text: str) -> None:
    top = engine.suggest(text)[0]
    assert (top.department, top.emergency) == ("ER", True), top
    assert top.urgency in ("I", "II")


@pytest.mark.parametrize(("text", "kwargs"), VITAL_SIGNS)
def test_vital_sign_numbers_are_red_flags(engine: Engine, text: str, kwargs: dict) -> None:
    top = engine.suggest(text, **kwargs)[0]
    assert top.department == "ER" and top.urgency in ("I", "II"), top


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_history_questions_negations_and_treatment_are_not_emergencies(
    engine: Engine, text: str
) -> None:
    top = engine.suggest(text)[0]
    assert top.department != "ER" and not top.emergency, top


def test_overdose_reason_names_the_concepts(engine: Engine) -> None:
    with translation.override("zh-hans"):
        top = engine.suggest("他吃了大半瓶安定片")[0]
    notes = " ".join(reason.note for reason in top.reasons)
    assert "安眠药" in notes and "过量" in notes


def test_red_flag_told_as_history_stays_visible_in_the_reasons(engine: Engine) -> None:
    with translation.override("en"):
        top = engine.suggest("2年前脑梗，最近头晕")[0]
    held = [reason for reason in top.reasons if "history" in reason.note]
    assert held and "脑梗" in held[0].matched


def test_figures_of_the_suite(engine: Engine) -> None:
    emergencies = [*OVERDOSE, *HEAD_INJURY, *PREGNANCY, *FOREIGN_BODY, *SEIZURE]
    caught = sum(engine.suggest(text)[0].department == "ER" for text in emergencies)
    caught += sum(engine.suggest(text, **kw)[0].department == "ER" for text, kw in VITAL_SIGNS)
    false = sum(engine.suggest(text)[0].department == "ER" for text in NOT_EMERGENCIES)
    total = len(emergencies) + len(VITAL_SIGNS)
    print(
        f"red-flag suite: {caught}/{total} emergencies caught, {false}/{len(NOT_EMERGENCIES)} false"
    )
    assert caught == total and false == 0
