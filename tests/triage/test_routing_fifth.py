"""A fifth hand-written file: 100 complaints, 34 Simplified, 32 Traditional (16 in Taiwan's words,
16 in Hong Kong's) and 34 English, 43 of them emergencies, written after every change the fourth
file prompted and scored once before any change for it: routing-fifth-handwritten.jsonl.

First run (the honest figure for unseen hand-written text after that round): top-1 91.0 % (91 of
100: Simplified 29 of 34, Taiwan 16 of 16, Hong Kong 15 of 16, English 31 of 34), 42 of 43
emergencies, 3 of 57 false emergencies (5.3 %). Missed: Hong Kong's "穿咗羊水" (waters broken);
false alarms from "十几片卫生巾" (a count of pads read as tablets), "what would happen if someone
took too many sleeping pills?" and "no thoughts of self harm"; wrong desks for loin colic with red
urine, phlegm that will not go down, an eyelid lump, a heel, and a child's vaccine (the hospital
sends children's vaccines to child health by design: the one miss left, its label kept as written).

After the changes (migration 0019): top-1 99.0 %, 43 of 43, none (tuned figures).

A sixth scratch sample of 30 (15 emergencies), written after those changes and kept out of the
suite, scored 90.0 %, 13 of 15 emergencies, none false on its first run: no movements of the baby
said with a verb of feeling ("没感觉到胎动") and a toddler who fell onto his head and is vomiting
were missed (migration 0020: 96.7 %, 15 of 15).
"""

import re

import pytest

from triage.routing.defaults import default_specs
from triage.routing.engine import Engine


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


TAUGHT = [
    # A count of pieces of something that is no medicine.
    ("这两天一天要用二十几片护垫，白带很多", {"GYN"}, False),
    # Asked as "what if", even naming an amount taken.
    ("如果一次吃了一整瓶退烧药会怎么样", {"PHARM", "PSY", "GP", "PED"}, False),
    ("what if a child swallowed a lot of paracetamol?", {"PHARM", "PED", "GP"}, False),
    # A thought denied.
    ("low mood for weeks, no plans to end my life", {"PSY"}, False),
    # Hong Kong's waters broken.
    ("有咗三十六個禮拜，頭先穿咗水", {"ER", "OB"}, True),
    # The heel, an eyelid lump, red urine with loin colic.
    ("my heels hurt first thing in the morning", {"ORTHO", "REHAB", "PAIN"}, False),
    ("左眼眼皮里面有个小包，不红", {"OPH"}, False),
    ("腰一阵一阵绞痛，尿是红色的", {"URO"}, False),
    # What the sixth scratch sample taught: the baby not felt moving, a fall onto the head.
    ("怀孕34周，从昨晚到现在感觉不到胎动", {"ER", "OB"}, True),
    ("my son fell from the sofa onto his head and has been sick twice", {"ER"}, True),
    ("she fell asleep on the train and woke up with a headache", {"NEURO", "GP"}, False),
]


@pytest.mark.parametrize(("text", "departments", "emergency"), TAUGHT)
def test_what_the_fifth_file_taught(engine, text, departments, emergency) -> None:
    top = engine.suggest(text)[0]
    assert top.department in departments, (text, top)
    assert (top.department == "ER" and top.urgency in ("I", "II")) is emergency


# The leading items that keep Python's `re` from looking only where an expression's first
# characters are: a word boundary, a look-around, or a group whose alternatives do not all begin
# with a character.
_SLOW_START = re.compile(r"\\b|\(\?<|\(\?=|\(\?!|\(\?:\\b|\(\?:\[|\(\?:\(")


def test_every_shipped_expression_begins_with_a_character_or_a_class() -> None:
    expressions = [
        phrase[3:]
        for spec in default_specs()
        for phrase in (*spec.phrases, *spec.requires, *spec.unless)
        if phrase.startswith("re:")
    ]
    assert expressions
    assert [e for e in expressions if _SLOW_START.match(e)] == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("i am 34 weeks and bleeding", "Pregnancy with a danger sign"),
        ("shes 36 weeks and her waters went", "Pregnancy with a danger sign"),
        ("28 weeks along with a bad headache", "Pregnancy with a danger sign"),
        ("孕32周，见红了", "Pregnancy with a danger sign"),
        ("有咗7个月，流血", "Pregnancy with a danger sign"),
        ("took 25 of her tablets", "Overdose: a medicine with an excess or self-harm"),
        (
            "blood sugar was 2.1 and shaking",
            "A very low or very high blood sugar reading with symptoms",
        ),
    ],
)
def test_the_rewritten_expressions_still_match(engine, text, rule) -> None:
    names = {reason.rule for suggestion in engine.suggest(text) for reason in suggestion.reasons}
    # The reason names the rule in the active language.
    spec = next(spec for spec in default_specs() if spec.name_en == rule)
    assert {spec.name, spec.name_en} & names, (text, names)


@pytest.mark.parametrize(
    "text",
    ["she was 34 weeks ago at the clinic", "123 weeks pregnant", "my 2 year old is 14 weeks late"],
)
def test_the_rewritten_weeks_expression_keeps_its_limits(engine, text) -> None:
    top = engine.suggest(text)[0]
    assert not (top.department == "ER" and top.urgency in ("I", "II")), (text, top)
