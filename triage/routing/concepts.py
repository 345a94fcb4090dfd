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
    MODIFIER = "modifier"


@dataclass(frozen=True)
class Concept:
    """A concept and its surface forms (Simplified, Traditional, colloquial, English, typos)."""

    name: str
    kind: str
    forms: tuple[str, ...]
    label: str = ""
    label_en: str = ""
    label_zh_hant: str = ""

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
