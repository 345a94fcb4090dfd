"""The engine's fast paths give what the plain ones give: every occurrence the automaton should
find, in its order, and the same temperatures read from the text."""

import json
import random
import re
from decimal import Decimal
from pathlib import Path

import pytest

from triage.routing import context, inputs
from triage.routing.engine import Engine, Reason, RuleSpec, _Automaton
from triage.routing.rank import FURTHER_WORD, Tally
from triage.routing.spelling import WORD, Speller
from triage.routing.text import normalise, tidy_spaces

DATA = Path(__file__).resolve().parent / "data"


def case_texts(*names: str) -> list[str]:
    texts = []
    for name in names:
        with (DATA / name).open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    stories = case_texts(
        "routing-real-dev.jsonl", "routing-handwritten.jsonl", "routing-third-handwritten.jsonl"
    )
    # Long complaints too (up to the 500 characters matched), joined as the benchmark joins them.
    joined = ["，".join(stories[start : start + 12]) for start in range(0, len(stories), 25)]
    return stories + joined


def every_occurrence(keys: list[str], text: str) -> list[tuple[int, int, int]]:
    """Every (key number, start, end) found by looking for each key at every place: by where
    they end, the longest first where several end together."""
    found = [
        (number, start, start + len(key))
        for number, key in enumerate(keys)
        for start in range(len(text))
        if text.startswith(key, start)
    ]
    return sorted(found, key=lambda span: (span[2], span[1]))


def test_the_automaton_finds_every_occurrence_in_order(texts: list[str]) -> None:
    keys = ["头痛", "头", "痛", "胸口痛", "口痛", "chest pain", "pain", "ain", "疼得厉害", "厉害"]
    keys += [word for text in texts[:40] for word in (text[2:4], text[5:8]) if len(word) > 1]
    keys = list(dict.fromkeys(keys))
    automaton = _Automaton((key, number) for number, key in enumerate(keys))
    for text in texts:
        normalised = normalise(text)
        assert automaton.spans(normalised) == every_occurrence(keys, normalised), text


def test_an_automaton_without_keys_finds_nothing() -> None:
    empty = _Automaton([])
    assert not empty
    assert empty.spans("头痛") == []


def test_a_temperature_is_read_in_any_case_and_unit() -> None:
    assert inputs.temperature_in_text("TEMP 39.2 since noon") == Decimal("39.2")
    assert inputs.temperature_in_text("Fever Of 40") == Decimal("40.0")
    assert inputs.temperature_in_text("39.5°C, shivering") == Decimal("39.5")
    assert inputs.temperature_in_text("38 DEGREES this morning") == Decimal("38.0")
    assert inputs.temperature_in_text("烧到39度") == Decimal("39.0")
    assert inputs.temperature_in_text("昨晚38度5，发热两天") == Decimal("38.5")
    # Numbers without a unit or a fever word are no temperature: the expression is not searched.
    assert inputs.temperature_in_text("3天了，38岁，腿疼") is None


def test_the_cue_check_drops_no_temperature_the_expression_reads(texts: list[str]) -> None:
    read = 0
    for text in texts + case_texts("triage-cases-holdout.jsonl"):
        expected = inputs.highest_temperature_read(text)
        assert inputs.temperature_in_text(text) == expected, text
        read += expected is not None
    assert read > 20  # the files hold temperatures: the comparison compared something


def spaces_tidied_plainly(text: str) -> str:
    """The spaces rule as four plain expressions: a clause mark between two runs of four
    Chinese characters, no space beside a Chinese character otherwise, none next to a clause
    mark, every other run one space."""
    cjk = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
    text = re.sub(rf"(?<={cjk}{{4}})\s+(?={cjk}{{4}})", "|", text)
    text = re.sub(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])\s+", "", text)
    text = re.sub(r"\s+(?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])", "", text)
    return re.sub(r"\s+", " ", re.sub(r"\s*\|\s*", "|", text))


def test_spaces_are_tidied_as_the_plain_expressions_tidy_them(texts: list[str]) -> None:
    tricky = [
        "胸 口 痛",
        "做 CT |  明天",
        "a \t| |\n b",
        "中\u3000 文",
        "pain  |头 痛 | x",
        " | ",
        "a\tb",
        "旧年中风过 而家讲嘢清楚",
        "头 痛 好几天 不是那种",
        "头痛啊  \t 痛痛痛 x",
    ]
    rng = random.Random(7)
    alphabet = [" ", "  ", "\t", "\n", "|", "a", "b", "1", "头", "痛", " | ", "头痛啊", "头痛好了"]
    shuffled = ["".join(rng.choices(alphabet, k=rng.randint(1, 12))) for _ in range(3000)]
    for text in [*tricky, *shuffled, *(t.casefold() for t in texts)]:
        assert tidy_spaces(text) == spaces_tidied_plainly(text), repr(text)


def test_the_speller_corrects_a_text_as_word_by_word(texts: list[str]) -> None:
    speller = Speller(["toothache", "vomiting", "bleeding", "pain", "chest", "breathing"])
    typed = ["tootache and vomitting", "bleding a lot, cant breathe", "chest pian", "头痛 pain"]
    for text in [*typed, *typed, *(normalise(t) for t in texts)]:
        word_by_word = WORD.sub(lambda match: Speller.correct(speller, match.group(0)), text)
        assert speller.correct_text(text) == word_by_word, text
    assert speller.correct_text("tootache and vomitting") == "toothache and vomiting"


def test_a_tally_counts_each_new_word_as_the_plain_expression_counts_it() -> None:
    rng = random.Random(11)
    words = ["头痛", "头", "痛", "胸口", "胸口痛", "口痛", "pain", "chest pain", "咳嗽"]
    for _ in range(2000):
        tally = Tally(first=9)
        plain_score, said, first, best = 0.0, set(), 9, 0
        for index in range(rng.randint(1, 5)):
            matched = tuple(rng.choices(words, k=rng.randint(1, 4)))
            spec = RuleSpec(
                name="r",
                kind="department",
                department="GI",
                phrases=("头痛",),
                weight=rng.randint(1, 30),
            )
            new = [m for m in matched if not any(m in s or s in m for s in said)]
            plain_score += spec.weight + FURTHER_WORD * (len(new) - 1) if new else 0.5
            said.update(matched)
            first, best = min(first, index), max(best, spec.weight)
            tally.add(spec, index, Reason("r", matched))
        assert (tally.score, tally.said, tally.first, tally.best) == (
            plain_score,
            said,
            first,
            best,
        )


def test_the_time_of_a_red_flag_with_its_exception_said_is_not_read(monkeypatch) -> None:
    rules = [
        RuleSpec(
            name="胸痛",
            kind="red_flag",
            department="ER",
            phrases=("胸痛",),
            unless=("肋骨骨折",),
            urgency="II",
        ),
        RuleSpec(name="咳嗽", kind="department", department="RESP", phrases=("咳嗽",)),
    ]
    engine = Engine.build(rules)
    read: list[str] = []
    mention = context.Story.mention

    def recorded(story: context.Story, start: int, end: int) -> context.Mention:
        read.append(story.text[start:end])
        return mention(story, start, end)

    monkeypatch.setattr(context.Story, "mention", recorded)
    # Without the exception its time is read: told as the past, it is held back.
    held = engine.suggest("三年前胸痛，现在咳嗽")
    assert read == ["胸痛"]
    assert [s.department for s in held] == ["RESP"]
    assert any("胸痛" in reason.matched for reason in held[0].reasons)
    # With it, the red flag fires neither now nor as held back: its time changes nothing.
    read.clear()
    excepted = engine.suggest("三年前胸痛，肋骨骨折，现在咳嗽")
    assert read == []
    assert [s.department for s in excepted] == ["RESP"]
    assert not any("胸痛" in reason.matched for reason in excepted[0].reasons)
    assert engine.suggest("胸痛，肋骨骨折")[0].department != "ER"
