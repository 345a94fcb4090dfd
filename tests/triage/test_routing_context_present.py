"""A time of the past scopes its own clause: a later clause that tells a present state is today's.

Read on `context.Story` directly (no engine): the mention's time where a red flag's words are.
"""

import pytest

from triage.routing import context
from triage.routing.text import normalise


def mention(text: str, word: str) -> context.Mention:
    normalised = normalise(text)
    start = normalised.rindex(word)
    return context.Story(normalised).mention(start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("dad had chemo last week, now feverish with chills", "feverish"),
        ("my dad had chemo two weeks ago and since then he has a fever", "fever"),
        ("my sister had her baby last week, she has a high fever", "fever"),
        ("上周做完化疗，一直发烧", "发烧"),
        ("上個禮拜做完化療，呢兩日發燒", "发烧"),
    ],
)
def test_a_present_state_after_a_past_clause_is_now(text: str, word: str) -> None:
    found = mention(text, word)
    assert found.now and not found.past, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # The past clause keeps its own time.
        ("dad had chemo last week, now feverish with chills", "chemo"),
        ("上周做完化疗，一直发烧", "化疗"),
        # A story told on in the past stays past.
        ("上个月宝宝突然抽搐，口吐白沫", "口吐白沫"),
        ("last month he had a seizure, it lasted five minutes", "seizure"),
    ],
)
def test_the_past_stays_past(text: str, word: str) -> None:
    found = mention(text, word)
    assert not found.now and (found.past or found.habit), found


def test_now_and_then_is_no_clause_of_now() -> None:
    assert not mention("he had a seizure as a child, now and then a seizure", "seizure").now
