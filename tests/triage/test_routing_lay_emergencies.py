"""Emergencies said the lay way: vital signs' numbers as people say them.

Vital signs said as people say them: 50 wordings; 8 emergencies missed and taught in code
(the machine's "upper and lower" numbers 上面的190，下面的120 and "the top number", a temperature
in Chinese numerals 四十一度二, a temperature in Fahrenheit, "sats in the 80s", and "his
pressure's 210"); a decade said for a reading ("九十几", "the high 90s") is now its middle, not
its lowest. A negation's list ends at a joiner before a new subject ("not making sense and his
arm is floppy"). No sentence here is in a case file.
"""

from decimal import Decimal

import pytest

from triage.routing import context
from triage.routing.defaults import default_specs
from triage.routing.engine import Engine
from triage.routing.inputs import temperature_in_text
from triage.routing.text import normalise


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


def is_emergency(engine: Engine, text: str, departments: set[str]) -> bool:
    """Return whether the top suggestion is an emergency at level I or II, at the emergency
    department or the red flag's own desk (a testicle's, an eye's, a pregnancy's)."""
    top = engine.suggest(text)[0]
    return top.urgency in ("I", "II") and (top.department == "ER" or top.department in departments)


VITAL_SIGNS = [
    # Blood pressure: the machine's two numbers by where they stand, the top one by its name.
    ("上面的190，下面的120，头痛", {"ER"}),
    ("量了一下，上边两百，下边一百一", {"ER"}),
    ("the top number is 195 and my head is pounding", {"ER"}),
    ("BP 200 over 120", {"ER"}),
    ("高压一百九，头晕", {"ER"}),
    ("上壓一百九，下壓一百二", {"ER"}),
    ("his pressure's 210 on the home machine", {"ER"}),
    # Temperature in Chinese numerals after its word, and in Fahrenheit.
    ("发烧四十一度，人有点迷糊", {"ER"}),
    ("体温四十一度二", {"ER"}),
    ("體溫得三十四度，手腳冰冷", {"ER"}),
    ("fever of 106 since this morning", {"ER"}),
    ("temp 105.8F and shivering", {"ER"}),
    # Oxygen: a decade said for a reading.
    ("sats in the 80s on the finger thing", {"ER"}),
    ("his oxygen is in the low 80s", {"ER"}),
    ("血氧八十多，喘", {"ER"}),
    ("血氧八十几", {"ER"}),
    # Heart rate.
    ("心跳一百四，心慌", {"ER"}),
    ("脉搏一分钟才三十几下", {"ER"}),
]

VITAL_LOOK_ALIKES = [
    ("上面的200块钱是挂号费吗", {"BILL", "CS"}),
    ("血压上面的140，下面的90，要吃药吗", {"CARD"}),
    ("天气三十八度，有点中暑头晕", {"GP", "NEURO"}),
    ("体温三十六度五，咳嗽", {"RESP"}),
    ("fever of 100 and a cough", {"FEVER", "RESP"}),
    ("sats in the high 90s but I feel breathless when I walk", {"RESP", "CARD"}),
    ("血氧九十几，有点咳", {"RESP", "GP"}),
    ("under a lot of pressure at work, 180 emails a day, cant sleep", {"PSY", "SLEEP", "GP"}),
]


@pytest.mark.parametrize(("text", "departments"), VITAL_SIGNS)
def test_vital_signs_said_the_lay_way_are_red_flags(
    engine: Engine, text: str, departments: set[str]
) -> None:
    assert is_emergency(engine, text, departments), engine.suggest(text)[0]


@pytest.mark.parametrize(("text", "departments"), VITAL_LOOK_ALIKES)
def test_numbers_that_are_no_danger_are_not(
    engine: Engine, text: str, departments: set[str]
) -> None:
    top = engine.suggest(text)[0]
    assert top.department in departments and top.urgency not in ("I", "II"), top


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("发烧四十一度", Decimal("41.0")),
        ("体温四十一度二", Decimal("41.2")),
        ("體溫得三十四度", Decimal("34.0")),
        ("烧到三十九度五", Decimal("39.5")),
        ("temp 105.8F", Decimal("41.0")),
        ("104 degrees F last night", Decimal("40.0")),
        ("fever of 101", Decimal("38.3")),
        # Without a temperature's word, 三十几度 is the weather.
        ("天气三十八度好热", None),
        ("今天三十五度", None),
    ],
)
def test_a_temperature_in_chinese_numerals_or_fahrenheit_is_read(
    said: str, read: Decimal | None
) -> None:
    assert temperature_in_text(said) == read


@pytest.mark.parametrize(
    ("text", "word", "denied"),
    [
        # A joiner before a new subject starts a new statement, not an item of the list.
        ("hes not making sense and his arm is floppy", "arm", False),
        ("she is not eating and she is very sleepy", "very sleepy", False),
        # A list of denied signs stays denied.
        ("no cough and fever", "fever", True),
        ("not eating or drinking", "drinking", True),
    ],
)
def test_a_new_subject_after_and_ends_a_denied_list(text: str, word: str, denied: bool) -> None:
    assert context.negated(text, text.index(word)) is denied


def test_no_wording_here_is_a_rule_phrase_verbatim() -> None:
    phrases = {normalise(p) for spec in default_specs() for p in (*spec.phrases, *spec.requires)}
    said = [text for text, _ in (*VITAL_SIGNS, *VITAL_LOOK_ALIKES)]
    assert not {normalise(text) for text in said} & phrases
