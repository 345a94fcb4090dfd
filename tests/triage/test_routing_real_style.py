"""80 complaints in the style of online consultations (long, already diagnosed, relatives speaking,
machine-paraphrased words such as 喝药 for 吃药, eleven in Traditional characters), written and
labelled before the engine read them: routing-real-style-blind.jsonl.

The first run, before any change for them, is the honest estimate for unseen real complaints:
top-1 85.0 %, top-3 93.8 %, 12 of 13 emergencies, 5 of 67 false emergencies (7.5 %). The misses
were then fixed by concepts, compositions and context (a relative's "老说" is a habit, "最近半年" a
long story, "要注意什么" a general question, a peak blood pressure history, a phrase whose last
two characters begin a longer word is not whole), never by a phrase of this file; the gate
holds the level reached, with room for one more miss in ten.
"""

import pytest

from tests.triage.routing_helpers import mention, normalised_texts, read_cases, score, shipped_words
from triage.routing import redflags, segment
from triage.routing.engine import Engine
from triage.routing.text import normalise

NAME = "routing-real-style-blind.jsonl"


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


@pytest.mark.django_db
def test_real_style_gates(database_suggest) -> None:
    cases = read_cases(NAME)
    result = score(cases, database_suggest)
    print(
        f"\n{NAME}: {result.cases} cases, top-1 {result.top1_rate:.1%}, emergencies "
        f"{result.emergencies_caught}/{result.emergencies}, false emergency "
        f"{result.false_emergency_rate:.1%}"
    )
    result.assert_gate(0.90)


def test_real_style_file_is_big_new_and_mixed() -> None:
    cases = read_cases(NAME)
    assert len(cases) == 80 and len({case["text"] for case in cases}) == 80
    assert sum(case["emergency"] for case in cases) >= 12
    assert sum(case["variant"] == "zh-hant" for case in cases) >= 8
    others = set()
    for name in ("triage-cases-dev.jsonl", "triage-cases-holdout.jsonl", "routing-real-dev.jsonl"):
        others |= {case["text"] for case in read_cases(name)}
    assert not others & {case["text"] for case in cases}


def test_no_shipped_phrase_is_a_sentence_of_the_file() -> None:
    texts = normalised_texts(NAME)
    words = shipped_words()
    # Long words of a phrase (one English word such as "physiotherapy" is a word, not a sentence).
    long = [w for w in words if len(w) > 10 and not (w.isascii() and " " not in w)]
    assert not [word for word in long if any(word in text for text in texts)]


# --- the context and segmentation the misses taught (other words than the file's) -------------


def test_a_relative_saying_it_again_and_again_is_a_habit() -> None:
    assert mention("我爸总说胸口闷得喘不过气", "喘不过气").habit
    assert mention("她老觉得心慌要晕倒", "晕倒").habit
    assert not mention("她刚才说心慌要晕倒", "晕倒").not_now


def test_the_last_months_are_a_long_story() -> None:
    assert mention("这半年总失眠，觉得活着没意思", "活着没意思").habit
    assert mention("近两年情绪差，觉得活着没意思", "活着没意思").habit
    assert not mention("今天说活着没意思", "活着没意思").not_now


def test_what_to_watch_out_for_is_a_general_question() -> None:
    assert mention("心梗的人平时要注意什么", "心梗").hypothetical
    assert mention("脑出血病人饮食注意事项", "脑出血").hypothetical


def test_a_peak_reading_is_history() -> None:
    assert not redflags.vital_signs(normalise("血压最高时190，现在吃药正常"))
    assert not redflags.vital_signs(normalise("心率最高到过150"))
    assert redflags.vital_signs(normalise("刚量血压190"))


def test_a_phrase_whose_end_begins_a_longer_word_is_not_whole() -> None:
    segment.add_words(["没有", "没有呼吸", "呼吸困难", "胸口", "胸口痛", "痛得厉害"])
    assert segment.Words("也没有呼吸困难").splits_a_word(1, 5)
    assert not segment.Words("他没有呼吸了").splits_a_word(1, 5)
    # One character shared is a complement, not another word.
    assert not segment.Words("胸口痛得厉害").splits_a_word(0, 3)


def test_no_breathing_trouble_is_not_apnoea(engine: Engine) -> None:
    top = engine.suggest("咳了两天，没有发烧也没有呼吸困难")[0]
    assert top.department == "RESP" and not top.emergency


# --- compositions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "打篮球摔倒，小腿明显弯了，疼得不能动",
        "胳膊被车门撞了以后变形了，肿得很厉害",
        "he fell and his wrist is deformed",
    ],
)
def test_a_deformed_limb_after_an_injury_is_a_red_flag(engine: Engine, text: str) -> None:
    offered = engine.suggest(text)
    assert offered[0].department == "ER" and offered[0].urgency in ("I", "II"), offered[0]
    assert "ORTHO" in [s.department for s in offered[1:3]]


def test_an_old_deformity_is_not(engine: Engine) -> None:
    assert engine.suggest("小时候骨折过，现在腿有点变形")[0].department != "ER"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("腹股沟那里鼓出来一个包，平躺就回去了", "GS"),
        ("头发掉得厉害，一梳一大把", "DERM"),
        ("背上起了一片水疱，很疼", "DERM"),
        ("她总说邻居在监视她，还说听见有人叫她名字", "PSY"),
        ("离不开安眠药，停了就整夜睁眼", "PSY"),
        ("误吞了一颗弹珠，没什么不舒服", "GI"),
    ],
)
def test_department_compositions(engine: Engine, text: str, code: str) -> None:
    assert engine.suggest(text, age=30)[0].department == code


# --- what a question frame must not hide -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我老公刚吃了一整瓶安眠药要注意什么",
        "刚吃了一整瓶安眠药严重吗",
        "孩子喝了农药要注意什么",
        "最近一个月胸口压着疼，今天出冷汗",
        "吃了一整瓶安眠药会怎么样",
        "孩子吞了十几片退烧药会不会有事",
        "she took a whole bottle of sleeping pills, is that dangerous",
    ],
)
def test_an_event_asked_about_is_still_an_emergency(engine: Engine, text: str) -> None:
    top = engine.suggest(text)[0]
    assert top.department == "ER" and top.emergency, top


def test_a_general_question_with_now_in_it_is_not(engine: Engine) -> None:
    assert not engine.suggest("现在孩子发烧会不会抽搐", age=3)[0].emergency
    assert not engine.suggest("胃出血的人饮食要注意什么")[0].emergency
    # A usual dose asked about is a question, not an overdose.
    assert not engine.suggest("吃了两片安眠药会不会上瘾")[0].emergency


# --- a second file, for measuring only ---------------------------------------------------------

CHECK = "routing-real-style-check.jsonl"


@pytest.mark.django_db
def test_real_style_check_file_at_its_measured_level(database_suggest) -> None:
    """40 more complaints of the same style, written and labelled after the fixes above and run
    once: top-1 85.0 %, top-3 90.0 %, 7 of 7 emergencies, 1 of 33 false emergencies. No rule
    or concept was changed for them (they measure the engine on words it has not met); this
    gate only keeps that level."""
    result = score(read_cases(CHECK), database_suggest)
    print(
        f"\n{CHECK}: {result.cases} cases, top-1 {result.top1_rate:.1%}, emergencies "
        f"{result.emergencies_caught}/{result.emergencies}, false emergencies "
        f"{result.false_emergencies}/{result.others}"
    )
    assert result.top1_rate >= 0.85, result.misses
    assert result.recall == 1.0, result.misses
    assert result.false_emergencies <= 1, result.misses
