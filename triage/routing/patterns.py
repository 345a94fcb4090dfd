"""Compile a rule's phrases: words, `*` compositions, `@concept` references, `re:` expressions.

Phrase syntax (one phrase per line in the admin):
- `胃痛`, `stomach ache`: the words, matched in the normalised complaint as whole words (English
  with an optional plural or -ing/-ed ending; Chinese as jieba cuts it with the lexicon).
- `胸*痛`, `chest*pain`: the parts in this order within one clause, at most a few characters apart
  ("胸口压着疼" matches `胸*疼`).
- `@sedative`, `@head*@injury`: any form of a concept of the lexicon, alone or composed.
- `re:<regular expression>`: matched against the normalised complaint (Simplified, lower case,
  punctuation as `|`).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.utils.translation import gettext as _

from . import concepts
from .concepts import Concept
from .expressions import cues
from .text import CLAUSE, normalise_phrase

# Gaps inside a `*` phrase: Chinese parts at most this many characters apart, English parts a
# few words apart; never across a clause.
GAP_CJK = 8
GAP_LATIN = 24
LATIN_SUFFIXES = frozenset({"s", "es", "ed", "d", "ing", "y", "ies", "ness"})
# Where an English part of a `*` phrase ends: with one of the endings, then no letter or digit.
_WORD_ENDS = "(?:" + "|".join(sorted(LATIN_SUFFIXES, key=len, reverse=True)) + ")?(?![a-z0-9])"


# Distinct phrases (with the concepts they name) a process keeps compiled, and the later parts
# of `*` phrases: the shipped rules hold about 23,000 phrases, and each engine build and the
# admin's form ask for them all again, in the same order. Fewer than all would be no help at
# all: a least-recently-used cache smaller than a build's phrases drops each before it is asked
# again (16,384 did: a second build compiled every phrase anew).
COMPILED_KEEP = 65536


class PatternError(ValueError):
    """A phrase that cannot be compiled; the message says which and why."""


class Expression:
    """A `*` phrase's regular expression, compiled when a complaint first asks for it.

    The engine reads a phrase where the automaton found its first literal, so it asks only for
    what follows it: `after(text, end_of_first)`, each later part within its gap. That rest is
    shared by every phrase with the same later parts (`@excess*@sedative` is one phrase per form
    of `excess`, all with the same rest), so it is compiled once for them all (`_compiled_after_first`):
    a few thousand expressions for the shipped rules instead of tens of thousands, and none when
    an engine is built. The expression is made of escaped literals only, so compiling it cannot
    fail on what a rule says; the phrase's errors (an unknown concept, punctuation inside) are
    raised when it is compiled into patterns. After its first use `after` is the compiled rest's
    own `match` (no call in between).
    """

    after: Callable[..., re.Match[str] | None]

    def __init__(self, first: str, rest: tuple[tuple[str, ...], ...]) -> None:
        self.first = first
        self.rest = rest

    @property
    def source(self) -> str:
        """Return the whole expression: `first`, then each later part within its gap (never
        across a clause), its longest forms tried first."""
        return re.escape(self.first) + _after_first(is_latin(self.first[-1]), self.rest)

    def __getattr__(self, name: str) -> Any:
        # Only when the instance does not hold the name yet (unpickling asks before its parts).
        if name != "after":
            raise AttributeError(name)
        self.after = _compiled_after_first(is_latin(self.first[-1]), self.rest).match
        return self.after

    def __getstate__(self) -> dict[str, Any]:
        return {"first": self.first, "rest": self.rest}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expression) and (other.first, other.rest) == (
            self.first,
            self.rest,
        )

    def __hash__(self) -> int:
        return hash((self.first, self.rest))

    def __repr__(self) -> str:
        return f"Expression({self.source!r})"


def _after_first(latin: bool, rest: tuple[tuple[str, ...], ...]) -> str:
    """Return what follows a `*` phrase's first literal (which ends an English word when
    `latin`): each later part within its gap (never across a clause), its longest forms first."""
    pieces = []
    for forms in rest:
        if latin:
            # An English part ends where its word ends, as a plain phrase does (with a short
            # ending: "coughing*blood"), not inside a longer word ("heartburn" is no "heart").
            pieces.append(_WORD_ENDS)
        latin_next = any(is_latin(form[0]) for form in forms)
        gap = GAP_LATIN if latin or latin_next else GAP_CJK
        choice = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        pieces.append(f"[^{re.escape(CLAUSE)}]{{0,{gap}}}?(?:{choice})")
        latin = any(is_latin(form[-1]) for form in forms)
    return "".join(pieces)


@lru_cache(maxsize=COMPILED_KEEP)
def _compiled_after_first(latin: bool, rest: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    source = _after_first(latin, rest)
    return compile_expression(source, source)


@dataclass(frozen=True)
class Pattern:
    source: str
    first: str  # the literal the automaton finds ("" for a regular expression)
    # Anchored at the literal's start (a `*` phrase, compiled on first use); a `re:` phrase's
    # expression, compiled when the phrase is; None for a plain phrase.
    verify: Expression | re.Pattern[str] | None
    latin_start: bool
    latin_end: bool
    # The later parts of a `*` phrase, each as its alternatives (a concept's forms): one of
    # each must be in the text.
    rest: tuple[tuple[str, ...], ...] = ()
    concepts: tuple[str, ...] = ()  # the concepts the phrase names
    # A `re:` phrase's cues (`expressions.cues`): sets of strings, one of each in every text it
    # matches.
    cues: tuple[frozenset[str], ...] = ()


# The characters of an English word or a number (after `text.normalise`: lower case).
LATIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def is_latin(char: str) -> bool:
    return char in LATIN


def compile_expression(expression: str, phrase: str) -> re.Pattern[str]:
    """Compile a regular expression of `phrase`; raise PatternError naming the phrase."""
    try:
        return re.compile(expression)
    except re.error as error:
        raise PatternError(
            _("“%(phrase)s” is not a valid regular expression: %(error)s.")
            % {"phrase": phrase, "error": error}
        ) from error


def compile_pattern(source: str) -> Pattern:
    """Compile one phrase of a rule; raise PatternError with a message when it is invalid."""
    raw = source.strip()
    if not raw:
        raise PatternError(_("An empty phrase."))
    if raw.startswith("re:"):
        expression = raw[3:].strip()
        if not expression:
            raise PatternError(_("An empty regular expression."))
        compiled = compile_expression(expression, raw)
        if compiled.search(""):
            raise PatternError(
                _("“%(phrase)s” matches an empty complaint; it would match everything.")
                % {"phrase": raw}
            )
        return Pattern(raw, "", compiled, False, False, cues=cues(compiled))
    return compile_patterns(raw, {})[0]


def compile_patterns(source: str, lexicon: dict[str, Concept]) -> list[Pattern]:
    """Compile one phrase that may name concepts (`@name`); one pattern per first literal.

    `@sedative` becomes a plain pattern per form of the concept; `@excess*@sedative` becomes one
    `*` pattern per form of its first part, whose later part is any form of `sedative`.

    The result depends only on the phrase and the concepts it names (frozen values), so it is
    kept per (phrase, those concepts): the same phrase under an edited concept compiles anew.
    An invalid phrase raises every time (its message in the active language).
    """
    raw = source.strip()
    if not raw or raw.startswith("re:"):
        return [_compile_expression(raw)]
    named = tuple((name, lexicon.get(name)) for name in dict.fromkeys(concepts.references(raw)))
    return list(_compile_phrase(raw, named))


# A concept's forms come back in every phrase that names it: each is normalised once.
_normalised = lru_cache(maxsize=4 * COMPILED_KEEP)(normalise_phrase)


@lru_cache(maxsize=COMPILED_KEEP)
def _compile_expression(raw: str) -> Pattern:
    return compile_pattern(raw)


@lru_cache(maxsize=COMPILED_KEEP)
def _compile_phrase(raw: str, named: tuple[tuple[str, Concept | None], ...]) -> tuple[Pattern, ...]:
    """Compile a phrase that is not a regular expression; `named` holds each concept it names
    (None for one the lexicon lacks)."""
    lexicon = {name: concept for name, concept in named if concept is not None}
    try:
        names = tuple(dict.fromkeys(concepts.references(raw)))
        alternatives = [
            tuple(dict.fromkeys(_normalised(form) for form in concepts.expand(part, lexicon)))
            for part in raw.split("*")
        ]
    except concepts.UnknownConcept as error:
        raise PatternError(
            _("“%(phrase)s” names a concept the lexicon does not have: %(error)s.")
            % {"phrase": raw, "error": error}
        ) from error
    if any(not form or CLAUSE in form for forms in alternatives for form in forms):
        raise PatternError(
            _(
                "“%(phrase)s” has an empty part or punctuation inside; write words, and * only between them."
            )
            % {"phrase": raw}
        )
    patterns = []
    for first in alternatives[0]:
        latin_start = is_latin(first[0])
        latin_end = any(is_latin(form[-1]) for form in alternatives[-1])
        if len(alternatives) == 1:
            patterns.append(Pattern(raw, first, None, latin_start, latin_end, (), names))
            continue
        rest = tuple(alternatives[1:])
        patterns.append(
            Pattern(raw, first, Expression(first, rest), latin_start, latin_end, rest, names)
        )
    return tuple(patterns)
