"""Three case files written and labelled before the engine read them, to measure how it generalises.

- `routing-fresh-real-style.jsonl` (90): online-consultation style — relatives speaking, long
  stories, dialect (脑壳疼, 腰杆子), Traditional characters, English; 27 emergencies.
- `routing-fresh-handwritten.jsonl` (60): short complaints in Simplified, Traditional and English,
  red flags by composition (substances, amounts, body parts, vital signs) and look-alikes; 24.
- `routing-fresh-heldout.jsonl` (60): the same mix, run once after the changes and never tuned on;
  24 emergencies.
- `routing-fresh-after.jsonl` (40): written after all that, to check once more; 15 emergencies.

First runs (before any change for them): real-style top-1 87.8 %, top-3 93.3 %, 25 of 27
emergencies, 5 of 63 false emergencies; hand-written 95.0 %, 23 of 24, none. The misses were
fixed by context and concepts, never by a sentence of the files: a red flag told as a long story
counts again when another of its words is said now ("…一个月了，今天出冷汗"); "fine" after a word
cancels it ("I can breathe fine", "呼吸正常"); new concepts (medicine taken by mistake or someone
else's, alcohol with no response, tics, swallowing trouble) and forms. The held-out file read
96.7 % top-1, every emergency and no false emergency on its one run (the engine before these
changes read the same on it: its cases were easier). The last file read 82.5 % top-1, top-3
92.5 %, 12 of 15 emergencies on its first run: a pregnant woman's "waters broke" swallowed by the
longer "weeks pregnant", pain in pregnancy, a fall with "站不起来" in the next clause. Fixed by
concept forms and a required word (97.5 %, 15 of 15 since): expect unseen complaints nearer the
first-run figures than the tuned ones.

Three cases of the real-style file were labelled "not an emergency, ER acceptable" (a swallowed
button battery, breathlessness lying flat, a scald over a large area): the engine sends them to
ER, so the strict count of false emergencies there is 3 of 63.
"""

import pytest

from tests.triage.routing_helpers import normalised_texts, read_cases, score, shipped_words
from triage.routing import context
from triage.routing.engine import Engine
from triage.routing.text import normalise

FILES = {
    # name: (top-1 at least, false emergencies at most)
    "routing-fresh-real-style.jsonl": (0.93, 3),
    "routing-fresh-handwritten.jsonl": (0.97, 0),
    "routing-fresh-heldout.jsonl": (0.95, 0),
    "routing-fresh-after.jsonl": (0.95, 0),
}


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


@pytest.mark.django_db
def test_fresh_files_at_their_measured_level(database_suggest) -> None:
    """The rules as migrated into the database meet the level the files were measured at."""
    for name, (top1, false_emergencies) in FILES.items():
        result = score(read_cases(name), database_suggest)
        print(
            f"\n{name}: {result.cases} cases, top-1 {result.top1_rate:.1%}, emergencies "
            f"{result.emergencies_caught}/{result.emergencies}, false emergencies "
            f"{result.false_emergencies}/{result.others}"
        )
        assert result.top1_rate >= top1, (name, result.misses)
        assert result.recall == 1.0, (name, result.misses)
        assert result.false_emergencies <= false_emergencies, (name, result.misses)


def test_fresh_files_are_new_and_mixed() -> None:
    others: set[str] = set()
    for name in (
        "triage-cases-dev.jsonl",
        "triage-cases-holdout.jsonl",
        "triage-cases-blind.jsonl",
        "routing-real-dev.jsonl",
        "routing-real-style-blind.jsonl",
        "routing-real-style-check.jsonl",
        "routing-handwritten.jsonl",
    ):
        others |= {case["text"] for case in read_cases(name)}
    seen: set[str] = set()
    for name in FILES:
        cases = read_cases(name)
        texts = {case["text"] for case in cases}
        assert len(texts) == len(cases) and not texts & others and not texts & seen, name
        seen |= texts
        assert sum(case["emergency"] for case in cases) >= 15, name
        assert {"zh-hans", "zh-hant", "en"} <= {case["variant"] for case in cases}, name


def test_no_shipped_phrase_is_a_sentence_of_the_fresh_files() -> None:
    texts = normalised_texts(*FILES)
    words = shipped_words()
    # Chinese phrases of more than 8 characters, English ones of more than four words: a sentence.
    long = [w for w in words if (len(w) > 8 and not w.isascii()) or w.count(" ") >= 4]
    assert not [word for word in long if any(word in text for text in texts)]


# --- a long story that turns into an emergency today ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "胸口压着疼一个月了，今天出冷汗",
        "心口闷痛大半年了，刚才疼得一身冷汗",
        "老伴总说胸口不舒服，今天早上胸口痛得厉害，脸色发白",
        "my chest has hurt for months and today I am sweating and short of breath",
    ],
)
def test_a_red_flag_of_a_long_story_said_again_now_is_an_emergency(
    engine: Engine, text: str
) -> None:
    top = engine.suggest(text, age=64)[0]
    assert top.department == "ER" and top.emergency, top


@pytest.mark.parametrize(
    "text",
    [
        "胸口闷了好几年了，今天来复查",
        "以前抽过筋，现在想开点药",  # "现在" is a seizure sign's word of time, not a symptom
        "胸口疼一个月了，今天来看看",
    ],
)
def test_a_long_story_with_only_a_time_word_now_is_not(engine: Engine, text: str) -> None:
    assert not engine.suggest(text, age=50)[0].emergency


def test_a_word_said_to_be_fine_is_cancelled() -> None:
    def cancelled(text: str, word: str) -> bool:
        normalised = normalise(text)
        start = normalised.index(word)
        return context.Story(normalised).mention(start, start + len(word)).negated

    assert cancelled("起了皮疹，呼吸正常", "呼吸")
    assert cancelled("rash on my arms but i can breathe fine", "breathe")
    assert cancelled("体温都正常，就是咳嗽", "体温")
    assert not cancelled("呼吸很急", "呼吸")
    assert not cancelled("呼吸困难还好一点了", "呼吸困难")  # a bit better is still there


def test_an_allergy_with_breathing_said_fine_is_not_an_emergency(engine: Engine) -> None:
    assert not engine.suggest("hives after a new antibiotic, breathing is fine")[0].emergency


# --- red flags by composition: substances, owners, pains and falls no rule names verbatim --------


@pytest.mark.parametrize(
    "text",
    [
        "孙女偷吃了奶奶的降压药，大概四五片",
        "小孩把妈妈的避孕药当糖吃了",
        "he accidentally swallowed his grandpa's heart pills",
        "弟弟误喝了杀虫剂",
        # pregnancy with pain, a fall and no standing
        "怀孕五个月，刚才肚子很痛，一阵一阵的",
        "she's 20 weeks pregnant with bad abdominal pain",
        "爷爷在厕所跌倒了，腿疼，站不起来",
        "grandma fell in the garden and cannot stand",
    ],
)
def test_red_flags_by_composition_are_emergencies(engine: Engine, text: str) -> None:
    top = engine.suggest(text)[0]
    assert top.department == "ER" and top.emergency, top


def test_ones_own_medicine_taken_as_usual_is_not(engine: Engine) -> None:
    assert not engine.suggest("吃了降压药还是头晕")[0].emergency
    assert not engine.suggest("奶奶的降压药吃完了，想再开一点")[0].emergency


@pytest.mark.parametrize(
    "text", ["喝了整整一瓶洋酒，现在喊他不应", "drank a lot of vodka and now unresponsive"]
)
def test_much_alcohol_with_no_response_is_an_emergency(engine: Engine, text: str) -> None:
    top = engine.suggest(text)[0]
    assert top.department == "ER" and top.emergency, top


def test_alcohol_without_drowsiness_is_not(engine: Engine) -> None:
    assert not engine.suggest("昨天喝了很多啤酒，今天胃不舒服")[0].emergency


# --- department compositions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age", "code"),
    [
        ("女儿老是挤眼睛，自己控制不住", 8, "PED"),
        ("我总是不由自主地清嗓子、耸肩", 30, "NEURO"),
        ("最近吃干的东西咽不下去，要喝水送", 60, "GI"),
        ("腳底長了個雞眼，走路痛", 40, "DERM"),
        ("來月經的時候經痛得厲害", 20, "GYN"),
        ("生完宝宝后总想哭，觉得自己没用", 28, "PSY"),
        ("had a stroke last year, would like a follow-up", 70, "NEURO"),
    ],
)
def test_department_compositions(engine: Engine, text: str, age: int, code: str) -> None:
    top = engine.suggest(text, age=age)[0]
    assert top.department == code and not top.emergency, top


def test_a_yellow_newborn_goes_to_paediatrics_and_a_yellow_adult_to_gi(engine: Engine) -> None:
    assert engine.suggest("宝宝出生一周，皮肤发黄", age=0)[0].department == "PED"
    assert engine.suggest("最近眼白发黄，尿也黄", age=50)[0].department == "GI"


def test_blood_on_the_toilet_paper_is_not_heavy_bleeding(engine: Engine) -> None:
    top = engine.suggest("擦屁股的时候手纸上有点鲜血，大便干")[0]
    assert top.department in ("GS", "GI") and not top.emergency, top
