"""Concepts: one symptom, body part, substance, event or condition, with all its surface forms.

A rule names a concept as `@name` in a phrase: `@sedative` is every way of saying a sedative,
`@head*@injury` a head with an injury word after it in the same clause. One new form of a
concept serves every rule that names it. The shipped lexicon is data/lexicon.json; the hospital
edits concepts in the admin (RoutingConcept), like rules.
"""

import itertools
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .specs import in_script

LEXICON = Path(__file__).resolve().parent / "data" / "lexicon.json"

_REFERENCE = re.compile(r"@([a-z][a-z0-9_]*)")
# A phrase naming several concepts expands into every combination: keep that bounded.
MAX_EXPANSION = 2000


class Kind:
    SYMPTOM = "symptom"
    BODY_PART = "body_part"
    SUBSTANCE = "substance"
    EVENT = "event"
    CONDITION = "condition"
    # Once had, had still: a transplant told "last year" is the background of today's fever.
    LASTING = "lasting"
    MODIFIER = "modifier"


# A form that cannot be done ("止不住", "感觉不到宝宝动", "叫不醒") or is not ("没反应") is said in
# Cantonese with 唔 and 冇, and often with Cantonese verbs ("止唔到", "感觉唔到BB郁", "叫唔醒",
# "冇反应"): each such form has these twins, so that a Cantonese complaint meets every concept
# without its forms written twice. Only the negative forms: they are where the two differ most.
_CANNOT = re.compile(r"不(?=[住到了出稳动起停下醒见清着来落])")
_NOT = re.compile(r"没有|没")
_IDIOMS = ("动不动", "不停地", "不了了之")
_CANTONESE_VERBS = (
    ("不了", "唔到"),
    ("不下", "唔落"),
    ("动", "郁"),
    ("说", "讲"),
    ("吃", "食"),
    ("看", "睇"),
    ("喝", "饮"),
    ("睡", "瞓"),
    ("东西", "嘢"),
    ("什么", "乜"),
)


def cantonese_twins(form: str) -> tuple[str, ...]:
    """Return the Cantonese twins of a negative form ("止不住" -> "止唔住"; "感觉不到宝宝动" ->
    "感觉唔到宝宝动", "感觉唔到宝宝郁"); none for another form."""
    if any(idiom in form for idiom in _IDIOMS) or not (_CANNOT.search(form) or "没" in form):
        return ()
    plain = form
    for mandarin, cantonese in _CANTONESE_VERBS[:2]:
        plain = plain.replace(mandarin, cantonese)
    plain = _NOT.sub("冇", _CANNOT.sub("唔", plain))
    spoken = plain
    for mandarin, cantonese in _CANTONESE_VERBS[2:]:
        spoken = spoken.replace(mandarin, cantonese)
    return tuple(dict.fromkeys(twin for twin in (plain, spoken) if twin != form))


@dataclass(frozen=True)
class Concept:
    """A concept and its surface forms (Simplified, Traditional, colloquial, English, typos).

    Its negative forms gain their Cantonese twins (`cantonese_twins`), after the forms given."""

    name: str
    kind: str
    forms: tuple[str, ...]
    label: str = ""
    label_en: str = ""
    label_zh_hant: str = ""

    def __post_init__(self) -> None:
        given = set(self.forms)
        twins = []
        for form in self.forms:
            for twin in cantonese_twins(form):
                if twin not in given:
                    given.add(twin)
                    twins.append(twin)
        if twins:
            object.__setattr__(self, "forms", (*self.forms, *twins))

    def title(self, script: str) -> str:
        """Return the concept's name for the reader: script "en", "hant" or "hans"."""
        if not self.label:
            return self.label_en or self.name.replace("_", " ")
        return in_script(script, self.label, self.label_zh_hant, self.label_en)


class UnknownConcept(ValueError):
    """A phrase names a concept the lexicon does not have."""


class InvalidForm(ValueError):
    """A concept's form the engine cannot match (a `*` inside it would skip every rule naming
    the concept)."""


def read_lexicon(path: Path | str = LEXICON) -> dict[str, Any]:
    """Return the lexicon file: {"concepts": [...], "words": [...]}; raise InvalidForm when a
    concept's form holds `*`."""
    with Path(path).open(encoding="utf-8") as handle:
        lexicon = json.load(handle)
    for entry in lexicon.get("concepts", ()):
        starred = [form for form in entry.get("forms", ()) if "*" in form]
        if starred:
            raise InvalidForm(
                f"@{entry.get('name')}: write forms without *, compose in the rule instead: "
                + ", ".join(starred)
            )
    return lexicon


def concept_from_entry(entry: dict[str, Any]) -> Concept:
    return Concept(
        name=entry["name"],
        kind=entry.get("kind", Kind.SYMPTOM),
        forms=tuple(entry["forms"]),
        label=entry.get("label", ""),
        label_en=entry.get("label_en", ""),
        label_zh_hant=entry.get("label_zh_hant", ""),
    )


@lru_cache(maxsize=1)
def default_concepts() -> dict[str, Concept]:
    """Return the shipped concepts by name."""
    return {
        concept.name: concept for concept in map(concept_from_entry, read_lexicon()["concepts"])
    }


@lru_cache(maxsize=1)
def lexicon_words() -> tuple[str, ...]:
    """Return the lexicon's plain words: words the segmenter keeps whole ("无精打采")."""
    return tuple(read_lexicon().get("words", ()))


def references(phrase: str) -> list[str]:
    """Return the concept names a phrase refers to."""
    return _REFERENCE.findall(phrase)


def expand(phrase: str, concepts: dict[str, Concept]) -> list[str]:
    """Return the surface phrases of `phrase`, every `@name` replaced by each of its forms.

    Forms hold no `*` (`read_lexicon` and the admin's form refuse one): a composition is
    written in the rule ("@head*@injury").
    """
    names = references(phrase)
    if not names:
        return [phrase]
    missing = [name for name in names if name not in concepts]
    if missing:
        raise UnknownConcept(", ".join(f"@{name}" for name in missing))
    pieces = _REFERENCE.split(phrase)
    # pieces alternate: literal, name, literal, name, …, literal
    choices: list[tuple[str, ...]] = []
    for index, piece in enumerate(pieces):
        choices.append(concepts[piece].forms if index % 2 else (piece,))
    size = 1
    for options in choices:
        size *= max(1, len(options))
    if size > MAX_EXPANSION:
        raise UnknownConcept(f"{phrase} expands into {size} phrases (at most {MAX_EXPANSION})")
    return ["".join(parts) for parts in itertools.product(*choices)]
