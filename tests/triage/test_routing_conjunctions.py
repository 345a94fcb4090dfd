"""A word that turns the sentence ends a clause, as a comma before it would.

An English "but", "however", "although", "though" or "whereas" written without a comma is read
by `context.with_turns` as a clause's end in place of its space (a phrase may still span it); a
Chinese 但是, 可是, 但 or 不过 before a new statement is a clause mark in `text.normalise`. The
errand's words then stay out of the new emergency's clause, a belief out of what it turned out
to be, a denied sign out of what came after it. A word that turns nothing leaves one clause.
"""

import pytest

from tests.triage.routing_helpers import is_emergency, mention, top_of
from triage.routing import context
from triage.routing.engine import Engine
from triage.routing.text import CLAUSE, normalise


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


def turned(text: str) -> str:
    return context.with_turns(normalise(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm here for my rehab session but my dad suddenly can't move his right side",
            "im here for my rehab session|but my dad suddenly cant move his right side",
        ),
        ("no fever however crushing chest pain", "no fever|however crushing chest pain"),
        ("had a stroke although he's fine now", "had a stroke|although hes fine now"),
        ("came for physio though he can't speak", "came for physio|though he cant speak"),
        ("she's pale whereas he's fine", "shes pale|whereas hes fine"),
        ("it hurts even though I took two pills", "it hurts|even though i took two pills"),
    ],
)
def test_an_english_turn_ends_a_clause_in_place(text: str, expected: str) -> None:
    result = turned(text)
    assert result == expected
    # The mark takes the space's place: a phrase found in the normalised text is where it was.
    assert len(result) == len(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "nothing but a cough",
        "it's all but gone",
        "not only chest pain but also sweating",
        "it feels as though my chest is being crushed",
        "however much it hurts he won't come",
        # What qualifies the statement before belongs to it.
        "I get crushing chest pain but only sometimes",
        "my chest hurts but not when I rest",
        "my dad had a stroke last year but he still can't move his left arm properly",
        # "and" lists, "and now" goes on (read inside the clause), "yet" is mostly "not yet".
        "chest pain and sweating",
        "no fever and no cough",
        "he had a stroke two years ago and now he can't speak",
        "my baby is not walking yet",
    ],
)
def test_a_word_that_turns_nothing_leaves_one_clause(text: str) -> None:
    assert CLAUSE not in turned(text)


@pytest.mark.parametrize(
    ("text", "expected", "one_clause"),
    [
        (
            "我是来做康复的但是我爸突然右边身子动不了了",
            "我是来做康复的|但是我爸突然右边身子动不了了",
            # The same subject goes on: one clause; a rule's words may span it.
            "能走但是很痛",
        ),
        (
            "我们是来复查的可是他刚才突然说不出话了",
            "我们是来复查的|可是他刚才突然说不出话了",
            "这可是我第一次这样",  # the emphatic 可是
        ),
        ("我以为是中风但结果是偏头痛", "我以为是中风|但结果是偏头痛", "不但头痛还发烧"),
        ("已经好了不过我还是有点怕", "已经好了|不过我还是有点怕", "喘不过气来"),
        (
            "我係嚟覆診嘅但係我老公頭先突然講唔到嘢",
            "我系嚟覆诊嘅|但系我老公刚才突然讲唔到嘢",
            "撞到头但是一直吐",
        ),
    ],
)
def test_a_chinese_turn_starts_a_clause_before_a_new_statement_only(
    text: str, expected: str, one_clause: str
) -> None:
    assert normalise(text) == expected
    assert CLAUSE not in normalise(one_clause)


def test_a_red_flags_exception_stops_at_the_turn() -> None:
    text = normalise("I'm here for my rehab session but my dad suddenly can't move his right side")
    start = text.index("dad")
    assert context.clause_bounds(text, start, start) == (text.index("but"), len(text))
    text = normalise("here for my rehab and now my dad suddenly can't move his arm")
    start = text.index("dad")
    assert context.clause_bounds(text, start, start)[0] == text.index("and now")


# A new emergency told after an errand that is one of its red flag's exceptions (a rehab, a
# follow-up): the errand's clause is not the emergency's.
ERRAND_THEN_EMERGENCY = [
    "I'm here for my rehab session but my dad suddenly can't move his right side",
    "I'm only here for my rehab appointment though my husband suddenly can't move his left side",
    "We came in for his rehab although my dad has suddenly gone weak down his right side",
    "I'm here for my rehab session and now my dad suddenly can't move his right side",
    "我是来做康复的但是我爸突然右边身子动不了了",
    "我们是来复查的可是他刚才突然说不出话了",
    "我来做康复的但我妈刚刚突然说不出话了",
]


@pytest.mark.parametrize("text", ERRAND_THEN_EMERGENCY)
def test_a_new_emergency_after_an_errand_is_an_emergency(engine: Engine, text: str) -> None:
    assert is_emergency(engine, text), top_of(engine, (text,))


@pytest.mark.parametrize(
    "text",
    [
        # A denied sign, then what turned to now: not one list of denied signs.
        "No fever and now crushing chest pain",
        "No cough and now he's coughing up blood",
        # A past treatment, then a sign of today told after the turn.
        "She had chemo last week but she has a fever",
    ],
)
def test_a_sign_told_after_a_turn_is_todays(engine: Engine, text: str) -> None:
    assert is_emergency(engine, text), top_of(engine, (text,))


@pytest.mark.parametrize(
    ("text", "department"),
    [
        # What it turned out to be, told after the turn.
        ("I thought I was having a stroke but it turned out to be a migraine", "NEURO"),
        ("我以为是中风可是结果是偏头痛", "NEURO"),
        ("我以为是心梗但是结果是胃胀气", "GI"),
        # The time of the clause before, told after the turn or the comma.
        ("I coughed up blood once, but that was two years ago", "GP"),
        ("He had a seizure, but that was years ago. Need a form for school", "NEURO"),
        ("My mum had a stroke, that's years ago now, she needs her repeat prescription", "NEURO"),
        ("我咳过血，那是两年前了", "RESP"),
    ],
)
def test_what_a_turn_tells_of_the_clause_before_is_no_emergency(
    engine: Engine, text: str, department: str
) -> None:
    assert top_of(engine, (text,))[0] == department


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I coughed up blood once{} but that was two years ago", "coughed up blood"),
        ("he had a seizure{} but that was years ago", "seizure"),
        ("my mum had a stroke{} but years ago", "stroke"),
        ("我晕倒了{}但是好几年前的事了", "晕倒"),
        ("我咳过血{}那是两年前了", "咳过血"),
    ],
)
def test_the_time_told_after_a_turn_is_the_clause_befores_comma_or_not(
    text: str, word: str
) -> None:
    comma = "," if text.isascii() else "，"
    for written in (text.format(""), text.format(comma)):
        assert mention(written, word).past, written


def test_a_phrase_found_across_a_turn_is_read_in_its_whole_clause() -> None:
    # "cough*blood" spans the turn: the habit after it ("sometimes") is the blood's too.
    text = normalise("cough 2 month but little blood in it sometimes")
    assert CLAUSE in context.with_turns(text)
    story = context.Story(text)
    found = story.mention(text.index("cough"), text.index("blood") + len("blood"))
    assert found.habit and not found.now, found
