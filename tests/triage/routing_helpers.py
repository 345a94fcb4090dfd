"""Shared by the routing tests: read a case file and score the engine against the gates; reuse
an engine compiled from the same inputs."""

import copy
import gc
import json
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from hospital.traditional import to_traditional
from triage.routing import context
from triage.routing.concepts import Concept, default_concepts
from triage.routing.defaults import default_specs
from triage.routing.engine import Config, Engine, RuleSpec
from triage.routing.text import normalise

DATA = Path(__file__).resolve().parent / "data"


def configured(engine: "Engine", config: "Config") -> "Engine":
    """Return `engine` under other settings, sharing its compiled rules and concepts.

    The settings are read by `suggest`, never compiled (test_routing.py holds this), so this is
    the engine `Engine.build` would compile from the same rules and concepts with `config`.
    """
    other = copy.copy(engine)
    other.config = config
    return other


def read_cases(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class Score:
    cases: int = 0
    top1: int = 0
    emergencies: int = 0
    emergencies_caught: int = 0
    others: int = 0
    false_emergencies: int = 0
    # Cases whose top three hold an accepted desk, and cases that fell back (no rule matched).
    top3: int = 0
    fallbacks: int = 0
    misses: list = field(default_factory=list)

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.cases

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.cases

    @property
    def recall(self) -> float:
        return self.emergencies_caught / self.emergencies if self.emergencies else 1.0

    @property
    def false_emergency_rate(self) -> float:
        return self.false_emergencies / self.others if self.others else 0.0

    def assert_gate(self, top1: float, false_emergencies: float = 0.02) -> None:
        """Hold the file at the issue's gate: top-1, every emergency, the false-emergency share."""
        assert self.top1_rate >= top1, self.misses
        assert self.recall == 1.0, self.misses
        assert self.false_emergency_rate <= false_emergencies, self.misses


def score(cases: list[dict], suggest) -> Score:
    """Score `suggest` on the cases as the issue's gates count them."""
    result = Score()
    for case in cases:
        suggestions = suggest(
            case["text"],
            age=case.get("age"),
            sex=case.get("sex"),
            temperature=case.get("temperature"),
        )
        top = suggestions[0] if suggestions else None
        result.cases += 1
        result.top3 += any(s.department in case["accept"] for s in suggestions[:3])
        result.fallbacks += bool(top is not None and top.fallback)
        right = top is not None and top.department in case["accept"]
        if case.get("emergency"):
            result.emergencies += 1
            caught = top is not None and top.department == "ER" and top.urgency in ("I", "II")
            result.emergencies_caught += caught
            right = right and caught
        else:
            result.others += 1
            # Strict: any visitor who is not an emergency case but is sent to ER counts.
            if top is not None and (top.department == "ER" or top.emergency):
                result.false_emergencies += 1
        result.top1 += right
        if not right:
            result.misses.append((case["text"], case["accept"], top and top.department))
    return result


def is_emergency(engine: "Engine", text: str, **kwargs: Any) -> bool:
    """Return whether the engine's top suggestion for `text` is the emergency department at
    urgency I or II (the issue's bar for an emergency)."""
    top = engine.suggest(text, **kwargs)[0]
    return top.department == "ER" and top.urgency in ("I", "II")


def mention(text: str, word: str, *, last: bool = False) -> context.Mention:
    """Return how `word` is said in `text` (both normalised): its first place, or its last."""
    normalised, word = normalise(text), normalise(word)
    start = normalised.rindex(word) if last else normalised.index(word)
    return context.Story(normalised).mention(start, start + len(word))


def top_of(engine: "Engine", row: tuple) -> tuple[str, str]:
    """Return the top department and urgency for a table's row: the text, then the age and the
    temperature where they matter."""
    text, *rest = row
    age, temperature = (*rest, None, None)[:2]
    top = engine.suggest(text, age=age, temperature=temperature)[0]
    return top.department, top.urgency


def _as_row(row: str | tuple) -> tuple:
    return (row,) if isinstance(row, str) else tuple(row)


def rows_of(families: dict[str, list]) -> list:
    """Return every row of a table of families, in order."""
    return [row for rows in families.values() for row in rows]


def not_emergencies(engine: "Engine", rows: Iterable) -> list[tuple]:
    """Return each row (a text, or the text then the age and the temperature) whose top
    suggestion is not the emergency department at urgency I or II, with what it got."""
    tops = [(row, top_of(engine, _as_row(row))) for row in rows]
    return [(row, top) for row, top in tops if top[0] != "ER" or top[1] not in ("I", "II")]


def sent_to_emergency(engine: "Engine", rows: Iterable) -> list[tuple]:
    """Return each row (as `not_emergencies` reads one) whose top suggestion is the emergency
    department: a look-alike that must not be one."""
    tops = [(row, top_of(engine, _as_row(row))) for row in rows]
    return [(row, top) for row, top in tops if top[0] == "ER"]


def off_their_desk(engine: "Engine", rows: Iterable) -> list[tuple]:
    """Return each row (the text, the department accepted or a tuple of them, then the age where
    it matters) whose top suggestion is none of them, with what it got."""
    misses = []
    for text, accepted, *age in rows:
        top = top_of(engine, (text, *age))
        if top[0] not in ((accepted,) if isinstance(accepted, str) else accepted):
            misses.append((text, accepted, top))
    return misses


def measured(name: str, suggest) -> Score:
    """Score a case file with `suggest` and print its figures (the gates print what they hold)."""
    result = score(read_cases(name), suggest)
    print(
        f"\n{name}: {result.cases} cases, top-1 {result.top1_rate:.1%}, top-3 "
        f"{result.top3_rate:.1%}, emergencies {result.emergencies_caught}/{result.emergencies}, "
        f"false emergencies {result.false_emergencies}/{result.others} "
        f"({result.false_emergency_rate:.1%}), fallbacks {result.fallbacks}"
    )
    return result


def assert_floors(result: Score, floors: tuple[int, int, int, int]) -> None:
    """Hold a real sample to its floors: right at top-1 and in the top three at least, false
    emergencies and fallbacks at most."""
    top1, false_emergencies, top3, fallbacks = floors
    assert result.top1 >= top1, result.misses
    assert result.false_emergencies <= false_emergencies, result.misses
    assert result.top3 >= top3, result.misses
    assert result.fallbacks <= fallbacks, result.misses


def assert_no_lower_than_its_first_run(result: Score, first_run: tuple[int, int, int]) -> None:
    """Hold a held-out file to its first run: right at top-1 and emergencies caught at least,
    false emergencies at most."""
    top1, caught, false_emergencies = first_run
    assert result.top1 >= top1, result.misses
    assert result.emergencies_caught >= caught, result.misses
    assert result.false_emergencies <= false_emergencies, result.misses


def assert_no_shipped_phrase_is_a_sentence(name: str) -> None:
    """Hold a taught file of real questions to having been taught by family: no shipped phrase is
    one of its sentences, nor a long piece of one."""
    texts = normalised_texts(name)
    words = shipped_words()
    assert not any(len(word) > 12 and any(word in text for text in texts) for word in words)
    assert not texts & words


def normalised_texts(*names: str) -> set[str]:
    """Return the complaints of the case files as the engine matches them."""
    from triage.routing.text import normalise

    return {normalise(case["text"]) for name in names for case in read_cases(name)}


@cache
def shipped_words() -> frozenset[str]:
    """Return every phrase, required word and concept form shipped, as the engine matches them.

    Read once a run (the shipped files do not change during one): each hand-written case file's
    check asks for them, and normalising them all costs about 80 ms each time.
    """
    from triage.routing.concepts import default_concepts
    from triage.routing.defaults import default_specs
    from triage.routing.text import normalise

    words = {normalise(p) for spec in default_specs() for p in (*spec.phrases, *spec.requires)}
    return frozenset(
        words | {normalise(f) for concept in default_concepts().values() for f in concept.forms}
    )


def assert_labelled_real_sample(name: str, size: int, others: tuple[str, ...]) -> list[dict]:
    """Hold a sample of real questions to its make-up: `size` questions, each once, from the two
    sources, Simplified and Traditional, each labelled with its accepted desks and the source's
    own label, and new beside the `others` case files. Return its cases (for its emergencies)."""
    cases = read_cases(name)
    assert len(cases) == len({case["text"] for case in cases}) == size
    assert {case["source"] for case in cases} == {"cmtmedqa", "toyhom"}
    assert {case["variant"] for case in cases} == {"zh-hans", "zh-hant"}
    assert all(case["accept"] and case["source_label"] for case in cases)
    assert_real_sample_is_new(cases, others)
    return cases


def assert_real_sample_is_new(cases: list[dict], others: tuple[str, ...]) -> None:
    """Hold a sample of real questions to being new: none of its questions, by text or by the
    source's own id, stands in the `others` case files."""
    texts: set[str] = set()
    ids: set[str] = set()
    for name in others:
        for case in read_cases(name):
            texts.add(case["text"])
            ids.add(case.get("source_id", ""))
    assert not texts & {case["text"] for case in cases}
    assert not ids & {case["source_id"] for case in cases}


@cache
def case_texts(name: str) -> frozenset[str]:
    """Return the complaints of a case file (read once a run, as `shipped_words`)."""
    return frozenset(case["text"] for case in read_cases(name))


# The hand-written case files, oldest first: a new file must share no sentence with the others.
HAND_WRITTEN_FILES = tuple(
    f"routing-{nth}handwritten.jsonl"
    for nth in (
        "",
        "fresh-",
        "second-",
        "third-",
        "fourth-",
        "fifth-",
        "sixth-",
        "seventh-",
        "eighth-",
        "ninth-",
        "tenth-",
        "eleventh-",
    )
)


def assert_new_hand_written_file(
    name: str,
    *,
    variants: dict[str, int],
    emergencies: int,
    others: tuple[str, ...],
    shared: frozenset[str] = frozenset(),
) -> None:
    """Hold a hand-written case file to its make-up and to being new: the counts per language,
    the emergencies (each accepting ER), no complaint of the `others` files, and no shipped word
    that is one of its sentences or a long Chinese piece of one (`named_by_a_rule`)."""
    cases = read_cases(name)
    texts = [case["text"] for case in cases]
    assert len(set(texts)) == len(texts) == sum(variants.values())
    written = [case["variant"] for case in cases]
    assert {variant: written.count(variant) for variant in set(written)} == variants
    assert sum(case["emergency"] for case in cases) == emergencies
    assert all("ER" in case["accept"] for case in cases if case["emergency"])
    # `shared`: sentences known to stand in another file too, each written without the other.
    repeated = set().union(*map(case_texts, others)) & set(texts)
    assert repeated <= shared, repeated - shared
    assert not named_by_a_rule(texts)


def named_by_a_rule(texts: Iterable[str]) -> list[str]:
    """Return the texts a shipped word names: the whole text as normalised, or a long Chinese
    piece of it (a rule that names a sentence). English phrases of that length are ordinary ones:
    "shortness of breath"."""
    from triage.routing.text import normalise

    words = shipped_words()
    long_chinese = [word for word in words if len(word) > 12 and not word.isascii()]
    return [
        text
        for text in texts
        if (said := normalise(text)) in words or any(word in said for word in long_chinese)
    ]


def shipped_as_stored() -> tuple[list[RuleSpec], Config, dict[str, Concept]]:
    """Return the shipped rules, settings and concepts as the routing cache reads them from a
    database that holds the shipped data: each empty Traditional name or label filled in as
    saving fills it (`hospital.localized.fill_traditional`), the concepts in the model's order.

    An engine compiled from these is the one the database's rules compile to, so
    `EnginePerInputs` keeps one engine for both (test_routing_shipped.py holds that they are
    the same inputs).
    """
    rules = [
        replace(rule, name_zh_hant=rule.name_zh_hant or to_traditional(rule.name))
        for rule in default_specs()
    ]
    from triage.models import RoutingConcept

    concepts = sorted(default_concepts().values(), key=attrgetter(*RoutingConcept._meta.ordering))
    lexicon = {
        concept.name: replace(
            concept, label_zh_hant=concept.label_zh_hant or to_traditional(concept.label)
        )
        for concept in concepts
    }
    return rules, Config(), lexicon


class EnginePerInputs:
    """`Engine.build` that compiles each distinct set of rules and concepts once.

    The routing cache compiles the database's rules (about 2 s of CPU) whenever it finds its
    engine dropped or of another revision: after every test that edited the rules (its edit then
    rolled back, the revision with it) the next test to route a visit, read a speciality's
    concepts or open a routing page compiled the shipped rules again. Those are the same inputs,
    so the same immutable engine serves (`suggest` only reads an engine). Every test outside
    tests/triage uses it; the triage tests, which test the cache itself, ask for it
    (`compile_each_rule_set_once`). The key is the
    exact `repr` of the rules and concepts, so a changed rule or concept compiles anew.

    The hospital's settings (`Config`) are not compiled: `Engine.__init__` only keeps them and
    `suggest` reads them (test_routing.py holds this). An engine of the same rules and concepts
    under other settings is the compiled one with those settings (`routing_helpers.configured`),
    kept under the exact `repr` of the settings (a Decimal written 37.30 instead of 37.3 is
    another engine).
    """

    # The shipped rules, and the sets tests edit (most are a few rules: only_rules_active).
    KEEP = 16
    engines: "OrderedDict[str, Engine]" = OrderedDict()
    variants: "OrderedDict[tuple[str, str], Engine]" = OrderedDict()

    @classmethod
    def build(
        cls, rules: Iterable[RuleSpec], config: Config | None = None, *lexicon: Any
    ) -> Engine:
        rules = list(rules)
        key = repr((rules, *lexicon))
        compiled = cls._kept(cls.engines, key, lambda: Engine.build(rules, config, *lexicon))
        config = config or Config()
        if repr(compiled.config) == repr(config):
            return compiled
        return cls._kept(cls.variants, (key, repr(config)), lambda: configured(compiled, config))

    @classmethod
    def _kept(cls, kept: OrderedDict, key: Any, make: Callable[[], Engine]) -> Engine:
        engine = kept.get(key)
        if engine is None:
            engine = kept[key] = make()
            # Kept for the process: out of the garbage collector's sight, as the modules are
            # after collection (tests/conftest.py), or each full collection walks it again.
            gc.freeze()
            while len(kept) > cls.KEEP:
                kept.popitem(last=False)
        kept.move_to_end(key)
        return engine
