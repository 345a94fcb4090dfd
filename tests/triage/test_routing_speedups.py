"""The engine's shortcuts drop nothing: a `re:` phrase's cues are in every text it matches."""

import json
import re
from functools import cache
from pathlib import Path

import pytest

from triage.routing.engine import Engine, RuleSpec
from triage.routing.expressions import SEARCHED, cues, first_characters
from triage.routing.patterns import compile_pattern
from triage.routing.text import normalise

DATA = Path(__file__).resolve().parent / "data"


def holds(text: str, found: tuple[frozenset[str], ...]) -> bool:
    """Return whether the text holds one string of each cue."""
    return all(any(said in text for said in cue) for cue in found)


def test_each_run_an_expression_must_match_is_a_cue() -> None:
    assert cues(re.compile("血糖[^|]{0,8}?[0-9]")) == (frozenset(["血糖"]), frozenset("0123456789"))
    # An alternative gives the strings its branches begin with, spelled on into what follows;
    # a look-behind matches none.
    assert cues(re.compile(r"(?:t(?<=\bt)ook|s(?<=\bs)wallowed) pills")) == (
        frozenset(["took pills", "swallowed pills"]),
    )
    # A run stops where a part may be longer than one string says ("[0-9]{1,2}").
    assert cues(re.compile("孕[0-9]{1,2}周")) == (
        frozenset(f"孕{digit}" for digit in "0123456789"),
        frozenset("周"),
    )
    # A string that holds another of its cue says no more ("ab" holds "b").
    assert cues(re.compile("(?:a|)b")) == (frozenset("b"),)


def test_what_a_look_around_requires_is_a_cue_too() -> None:
    # "All of three, in any order", written as look-aheads from the start: a text without one
    # of them is not searched (a negative look-around requires nothing).
    assert cues(re.compile("^(?=.*?(?:低烧|午后发热))(?=.*?咳)(?!.*?感冒).*?(?:血丝|瘦了)")) == (
        frozenset(["低烧", "午后发热"]),
        frozenset(["咳"]),
        frozenset(["血丝", "瘦了"]),
    )


def test_a_cue_of_too_many_strings_keeps_what_it_can() -> None:
    # 20 × 20 beginnings are too many: the run stops before the second class, which begins
    # the next.
    twenty = "abcdefghijklmnopqrst"
    assert cues(re.compile(f"[{twenty}][{twenty}]x")) == (
        frozenset(twenty),
        frozenset(f"{letter}x" for letter in twenty),
    )
    # A first part of too many strings gives its first characters.
    many = "|".join(f"{first}{second}" for first in twenty for second in "uvwxy")
    assert cues(re.compile(f"(?:{many})!")) == (frozenset(twenty), frozenset("!"))


@pytest.mark.parametrize(
    "expression",
    [
        "(?i)pain",  # case folded: any case of each letter
        "[^|]{2}",  # a negated class
        ".痛",  # any character, then a word that alone is no cue of the whole
        r"\d+岁",
        "(?:a|)b",  # an alternative that matches nothing
        "x*y?",  # every part optional
    ],
)
def test_a_part_the_cues_cannot_read_gives_no_cue_for_it(expression: str) -> None:
    compiled = re.compile(expression)
    found = cues(compiled)
    for text in ["PAIN", "ab", "头痛", "b", "", "x", "3岁", "一岁"]:
        if compiled.search(text):
            assert holds(text, found), (expression, text)
    assert cues(re.compile("(?i)pain")) == ()
    assert cues(re.compile("x*y?")) == ()


def test_a_re_phrase_keeps_its_cues() -> None:
    assert compile_pattern("re:血糖[^|]{0,8}?[0-9]").cues == cues(re.compile("血糖[^|]{0,8}?[0-9]"))


@cache
def raw_case_texts() -> tuple[str, ...]:
    """Return every case file's complaint as written."""
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return tuple(texts)


@cache
def normalised_case_texts() -> tuple[str, ...]:
    """Return every case file's complaint as the engine matches it (read and normalised once a
    run: two tests walk them all)."""
    return tuple(normalise(text) for text in raw_case_texts())


def test_every_shipped_re_phrase_match_holds_its_cues(shipped_engine: Engine) -> None:
    # The shipped rules compiled once per process (tests/triage/conftest.py), not again here.
    engine = shipped_engine
    expressions = [
        engine._patterns[pattern_id]
        for pattern_id in engine._regexes
        if engine._patterns[pattern_id].cues
    ]
    assert expressions  # the shipped rules have `re:` phrases with cues: this compares something
    matched = 0
    texts = list(normalised_case_texts())
    # Joined as the benchmark joins them: long complaints hold most cues.
    texts += ["|".join(texts[start : start + 12]) for start in range(0, len(texts), 25)]
    # Every expression searches every text that holds a character its matches can begin with
    # (`first_characters`; a text without one cannot match), looped over in C by `filter`: a
    # Python loop around the searches had cost half as much again as the searches themselves.
    holding: dict[str, set[int]] = {}
    for number, text in enumerate(texts):
        for character in set(text):
            holding.setdefault(character, set()).add(number)
    for pattern in expressions:
        if pattern.verify is None:
            continue
        firsts = first_characters(pattern.verify)
        if firsts is None:
            candidates = texts
        else:
            cased = {
                case for character in firsts for case in (character.lower(), character.upper())
            }
            numbers = set().union(*(holding.get(character, ()) for character in cased))
            candidates = [texts[number] for number in sorted(numbers)]
        for text in filter(pattern.verify.search, candidates):
            matched += 1
            assert holds(text, pattern.cues), (pattern.source, text)
    assert matched > 50


@pytest.mark.parametrize(
    ("expression", "first"),
    [
        ("血糖[^|]{0,8}?[0-9]", "血"),
        (r"(?:t(?<=\bt)ook|s(?<=\bs)wallowed) pills", "st"),
        ("(?:^|[|])(?:我|俺)?(?:爸|妈)", "|我俺爸妈"),  # an edge or an optional word first
        ("(?:可是|但)?我", "可但我"),
        ("(?i)pain", "p"),  # matched case-folded, as the expression's own letters are
        ("a*b", None),  # a repeat of any length: not spelled out
        (".痛", None),
        (r"\d+岁", None),
        ("x?", None),  # it may match nothing
    ],
)
def test_the_first_characters_of_every_match(expression: str, first: str | None) -> None:
    assert first_characters(re.compile(expression)) == (None if first is None else frozenset(first))


def test_an_expression_searched_from_its_first_characters_finds_what_it_did() -> None:
    """Each expression compiled by `searched` finds the same matches, with the same groups, as
    the expression it was compiled from, in every case file's complaint."""
    prefixed = [
        (expression, re.compile(source, flags))
        for expression, source, flags in SEARCHED
        if expression.pattern != source
    ]
    assert len(prefixed) >= 15  # the inputs', the red flags' and the context's expressions
    normalised = normalised_case_texts()
    texts = ["|".join(normalised[start : start + 12]) for start in range(0, len(normalised), 12)]
    # As written too, where the case differs (the temperatures' expressions read the raw text,
    # case-folded).
    cased = [text for text in raw_case_texts() if text != text.lower()]
    texts += ["，".join(cased[start : start + 12]) for start in range(0, len(cased), 12)]
    for text in texts:
        for expression, plain in prefixed:
            assert [(m.span(), m.groups()) for m in expression.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ], (plain.pattern[:60], text)


@pytest.mark.parametrize(
    "name",
    [
        "_HABIT",
        "_OTHERS_IN_HOSPITAL",
        "_HYPOTHETICAL",
        "_HYPOTHETICAL_EN",
        "_TAKEN_AN_AMOUNT",
        "_PAST_BEFORE",
        "_PAST_AFTER",
    ],
)
def test_a_context_expression_read_per_clause_begins_with_a_character(name: str) -> None:
    """Each alternative begins with a character: the regex engine looks only where one is."""
    from triage.routing import context

    assert_begins_with_a_character(getattr(context, name))


def assert_begins_with_a_character(expression: re.Pattern[str]) -> None:
    """Hold an expression to a first-character prefix the regex engine can look for."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(expression.pattern, expression.flags)
    assert _compiler._get_charset_prefix(parsed, expression.flags), expression.pattern[:60]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("男朋友昨天住院了", False),
        ("小朋友住院了", False),
        ("朋友住院了", True),
        ("同事昨天心梗走了", True),
        ("听说朋友中风了", True),
        ("i heard my friend", True),
        ("hearing my friend", False),
    ],
)
def test_someone_elses_story_reads_as_it_did(text: str, read: bool) -> None:
    from triage.routing import context

    assert bool(context._OTHERS_IN_HOSPITAL.search(text)) is read


@pytest.mark.parametrize(
    ("after", "past"),
    [
        ("last year", True),
        ("a" * 24 + " last year", False),  # the word begins past the reach
        ("a" * 23 + " last year", True),
        ("born in 2019", False),
        ("in 2019", True),
        ("before", True),
        ("before i collapsed", False),
    ],
)
def test_a_time_after_a_mention_is_read_within_reach(after: str, past: bool) -> None:
    from triage.routing.context import told_after

    assert told_after(after) is past


def _matches_outside_a_clause(items: list) -> bool:
    """Return whether a parsed expression may match a clause separator or a string's edge."""
    from re import _constants as c  # type: ignore[attr-defined]

    separator = ord("|")
    negated_categories = {
        c.CATEGORY_NOT_DIGIT,
        c.CATEGORY_NOT_SPACE,
        c.CATEGORY_NOT_WORD,
        c.CATEGORY_NOT_LINEBREAK,
        c.CATEGORY_UNI_NOT_DIGIT,
        c.CATEGORY_UNI_NOT_SPACE,
        c.CATEGORY_UNI_NOT_WORD,
        c.CATEGORY_UNI_NOT_LINEBREAK,
    }
    boundaries = {c.AT_BOUNDARY, c.AT_NON_BOUNDARY, c.AT_UNI_BOUNDARY, c.AT_UNI_NON_BOUNDARY}
    for op, argument in items:
        if op is c.LITERAL:
            found = argument == separator
        elif op is c.NOT_LITERAL:
            found = argument != separator
        elif op is c.IN:
            negate = held = False
            for item, value in argument:
                if item is c.NEGATE:
                    negate = True
                elif item is c.LITERAL:
                    held |= value == separator
                elif item is c.RANGE:
                    held |= value[0] <= separator <= value[1]
                elif item is c.CATEGORY:
                    held |= value in negated_categories
                else:
                    return True
            found = held != negate
        elif op is c.AT:
            found = argument not in boundaries  # ^, $, \A, \Z see the whole complaint's edges
        elif op is c.BRANCH:
            found = any(_matches_outside_a_clause(branch) for branch in argument[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found = _matches_outside_a_clause(argument[2])
        elif op is c.SUBPATTERN:
            found = bool(argument[1] or argument[2]) or _matches_outside_a_clause(argument[3])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found = _matches_outside_a_clause(argument[1])
        else:  # any character, a back-reference…
            found = True
        if found:
            return True
    return False


def test_an_expression_read_over_the_whole_story_stays_in_a_clause() -> None:
    """Searched once over the complaint, it finds the clauses that searching each one finds."""
    from re import _parser  # type: ignore[attr-defined]

    from triage.routing import context

    for expression in context._READ_OVER_THE_STORY:
        parsed = _parser.parse(expression.pattern, expression.flags)
        assert not _matches_outside_a_clause(list(parsed)), expression.pattern[:60]
        assert parsed.getwidth()[0] > 0, expression.pattern[:60]
    # And what the checker says no to.
    for pattern in ("[^a]", "a$", "^a", "a.b", r"a\W", "[|x]", "(?i:a)"):
        parsed = _parser.parse(pattern)
        assert _matches_outside_a_clause(list(parsed)), pattern


def test_the_story_finds_the_clauses_each_clause_finds() -> None:
    from triage.routing import context

    texts = list(normalised_case_texts())
    texts += ["|".join(texts[start : start + 12]) for start in range(0, len(texts), 12)]
    for expression in context._READ_OVER_THE_STORY:
        for text in texts:
            position, expected = 0, set()
            for clause in text.split("|"):
                if expression.search(clause):
                    expected.add(position)
                position += len(clause) + 1
            assert context._clauses_with(expression, text) == expected, (text, expression)


@pytest.mark.parametrize(
    "expression",
    [
        pytest.param("_SERVICE_REQUEST", id="service request"),
        pytest.param("pair", id="blood pressure pair"),
    ],
)
def test_an_expression_searched_over_the_whole_complaint_begins_with_a_character(
    expression: str,
) -> None:
    """The regex engine looks only where its first characters are, not at every place."""
    from triage.routing import rank, redflags

    assert_begins_with_a_character(
        rank._SERVICE_REQUEST if expression == "_SERVICE_REQUEST" else redflags._SAID[expression]
    )


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("来取上个月做的心脏彩超报告", True),
        ("拿着上个月做的心脏彩超报告，胸口痛", False),
        ("健保有给付胃镜吗", True),
        ("保险赔不赔", True),
        ("没拆封的药可唔可以退", True),
        ("退烧以后又烧起来", False),
    ],
)
def test_a_service_asked_for_reads_as_it_did(text: str, asks: bool) -> None:
    from triage.routing import rank

    assert rank.asks_for_service(normalise(text)) is asks


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("量出来195/120", "195/120"),
        ("血压1195/120", None),  # a longer number is no reading
        ("x.195/120", None),
        ("bp 210 over 125", "210/125"),
        ("195/120", "195/120"),  # at the complaint's start
    ],
)
def test_a_pressure_said_as_a_pair_reads_as_it_did(text: str, read: str | None) -> None:
    from triage.routing import redflags

    match = redflags._SAID["pair"].search(text)
    assert (f"{match.group(1)}/{match.group(2)}" if match else None) == read


@pytest.mark.parametrize("name", ["Reason", "Suggestion", "Mention"])
def test_a_record_set_at_once_takes_its_fields_in_order(name: str) -> None:
    """Its own __init__ takes each field, in order, with its default, and it stays frozen."""
    import dataclasses
    import inspect

    from triage.routing import context, specs

    record = getattr(context, name, None) or getattr(specs, name)
    parameters = list(inspect.signature(record.__init__).parameters.values())[1:]
    fields = dataclasses.fields(record)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        default = field.default_factory() if callable(field.default_factory) else field.default
        expected = inspect.Parameter.empty if default is dataclasses.MISSING else default
        assert parameter.default == expected, field.name
    made = record(*["x"] * sum(p.default is inspect.Parameter.empty for p in parameters))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.note = "changed"
    assert made == dataclasses.replace(made) and hash(made) == hash(dataclasses.replace(made))


def test_a_re_phrase_with_no_cue_and_a_star_phrase_of_two_parts_are_still_tried() -> None:
    # A `re:` phrase whose expression yields no cue is searched in every text (it is filed under
    # none); a `*` phrase whose later parts are two is checked against the parts said as a whole.
    engine = Engine.build(
        [
            RuleSpec(
                name="no cue", kind="department", department="ORTHO", phrases=("re:(?i)knee",)
            ),
            RuleSpec(name="two parts", kind="department", department="GI", phrases=("肚子*胀*疼",)),
        ]
    )
    assert cues(re.compile("(?i)knee")) == ()
    assert engine.suggest("my knee hurts")[0].department == "ORTHO"
    assert engine.suggest("肚子有点胀还有点疼")[0].department == "GI"
    assert engine.suggest("肚子有点胀")[0].fallback
