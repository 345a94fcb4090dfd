"""The compiled routing engine: rules in, ranked suggestions out, no database.

`Engine.build(rules, config)` compiles every phrase of every rule once into a character trie
(an Aho-Corasick automaton: every phrase found in one pass over the complaint, whatever the number of rules), plus a
spelling index for English words. `triage.routing` builds the engine from the database and keeps
it per process; tests and the benchmark build it from plain `RuleSpec`s.

Phrase syntax (one phrase per line in the admin):
- `胃痛`, `stomach ache`: the words, matched anywhere in the normalised complaint (English words
  only as whole words, with an optional plural or -ing/-ed ending).
- `胸*痛`, `chest*pain`: the parts in this order within one clause, at most a few characters apart
  ("胸口压着疼" matches `胸*疼`).
- `re:<regular expression>`: matched against the normalised complaint (Simplified, lower case,
  punctuation as `|`).
"""

import logging
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

import ahocorasick
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import concepts, context, redflags, segment
from .concepts import Concept
from .spelling import Speller
from .text import CLAUSE, MAX_MATCH_LENGTH, normalise, normalise_phrase, to_traditional

logger = logging.getLogger(__name__)

URGENCY_ORDER = ("I", "II", "III", "IV")
TEMPERATURE_RANGE = (Decimal("30"), Decimal("45"))

# Gaps inside a `*` phrase: Chinese parts at most this many characters apart, English parts a
# few words apart; never across a clause.
_GAP_CJK = 8
_GAP_LATIN = 24

# A service point named inside a clinical story keeps this share of its score.
SERVICE_IN_A_STORY = 0.1
# The visitor asks for a service: "来取报告", "在哪缴费", "where do I pay".
_SERVICE_REQUEST = re.compile(
    r"(?:取|拿|领|打印|复印|开|办|交|缴|付|挂)[^|]{0,4}(?:报告|结果|片子|胶片|药|病历|证明|手续|费|钱|号|发票)|"
    r"在哪|哪里|哪儿|哪个窗口|怎么走|窗口|投诉|报销|医保|住院部|"
    r"\b(?:where|collect|pick up|pay|complain|print)\b"
)


def asks_for_service(normalised: str) -> bool:
    """Return whether the visitor asks for a service point's own service."""
    return bool(_SERVICE_REQUEST.search(normalised))


_ENGLISH_WORD = re.compile(r"[a-z]{4,}")
_LATIN_SUFFIXES = frozenset({"s", "es", "ed", "d", "ing", "y", "ies", "ness"})

# A temperature said in the complaint ("烧到39度", "38.5℃", "fever of 39") counts when none was
# measured at the desk.
_TEMPERATURE_IN_TEXT = re.compile(
    r"(?:(?P<a>3[4-9]|4[0-2])(?:\.(?P<ad>\d))?\s*(?:度(?P<ad2>\d)?|°|℃|摄氏度|c\b|degrees?))"
    r"|(?:(?:体温|烧到|烧了|发烧|发热|高烧|temperature|temp|fever of|fever)\D{0,3}?"
    r"(?P<b>3[5-9]|4[0-2])(?:\.(?P<bd>\d))?)",
    re.IGNORECASE,
)


class InvalidTemperature(ValueError):
    """A temperature outside the range a living visitor can have (30–45 °C)."""


class Kind:
    DEPARTMENT = "department"
    RED_FLAG = "red_flag"
    FEVER = "fever"
    CHILD = "child"


@dataclass(frozen=True)
class RuleSpec:
    """One routing rule as the engine sees it (a RoutingRule row, or an entry of the JSON)."""

    name: str
    kind: str
    department: str | None
    phrases: tuple[str, ...]
    requires: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    urgency: str = "IV"
    weight: int = 10
    min_age: int | None = None
    max_age: int | None = None
    sex: str = ""
    min_temperature: Decimal | None = None
    child_department: str | None = None
    name_en: str = ""

    def label(self, script: str) -> str:
        """Return the rule's name for the reader: script "en", "hant" or "hans"."""
        if script == "en":
            return self.name_en or self.name
        if script == "hant":
            return to_traditional(self.name)
        return self.name


@dataclass(frozen=True)
class Config:
    """The hospital's routing settings."""

    fever_threshold: Decimal = Decimal("37.3")
    child_age_limit: int = 14
    child_fever_department: str = "PED"
    fallback_departments: tuple[str, ...] = ("GP", "CS")
    child_fallback_departments: tuple[str, ...] = ("PED", "CS")
    # Service points win only when the visitor asks for the service itself, never because a
    # clinical story mentions a report, a fee or a medicine.
    service_departments: frozenset[str] = frozenset(
        {"LAB", "PATH", "IMG", "ADMIT", "BILL", "PHARM", "RECORDS", "INSUR", "CS"}
    )
    fever_department: str = "FEVER"
    emergency_department: str = "ER"


@dataclass(frozen=True)
class Reason:
    """Why a department was suggested: which rule, and which words of the complaint matched."""

    rule: str
    matched: tuple[str, ...] = ()
    note: str = ""
    # The concepts the words were found as (lexicon names: "sedative", "excess"), so the
    # override report can count concepts as well as rules.
    concepts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    department: str  # Department.code
    urgency: str  # Urgency value: "I" … "IV"
    emergency: bool = False
    score: float = 0.0
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    fallback: bool = False


class PatternError(ValueError):
    """A phrase that cannot be compiled; the message says which and why."""


@dataclass(frozen=True)
class _Pattern:
    source: str
    first: str  # the literal the automaton finds ("" for a regular expression)
    verify: re.Pattern | None  # anchored at the literal's start; None for a plain phrase
    latin_start: bool
    latin_end: bool
    # The later parts of a `*` phrase, each as its alternatives (a concept's forms): one of
    # each must be in the text.
    rest: tuple[tuple[str, ...], ...] = ()
    concepts: tuple[str, ...] = ()  # the concepts the phrase names


def _is_latin(char: str) -> bool:
    return "a" <= char <= "z" or "0" <= char <= "9"


def compile_pattern(source: str) -> _Pattern:
    """Compile one phrase of a rule; raise PatternError with a message when it is invalid."""
    raw = source.strip()
    if not raw:
        raise PatternError(_("An empty phrase."))
    if raw.startswith("re:"):
        expression = raw[3:].strip()
        if not expression:
            raise PatternError(_("An empty regular expression."))
        try:
            compiled = re.compile(expression)
        except re.error as error:
            raise PatternError(
                _("“%(phrase)s” is not a valid regular expression: %(error)s.")
                % {"phrase": raw, "error": error}
            ) from error
        if compiled.search(""):
            raise PatternError(
                _("“%(phrase)s” matches an empty complaint; it would match everything.")
                % {"phrase": raw}
            )
        return _Pattern(raw, "", compiled, False, False)
    return compile_patterns(raw, {})[0]


def compile_patterns(source: str, lexicon: dict[str, Concept]) -> list[_Pattern]:
    """Compile one phrase that may name concepts (`@name`); one pattern per first literal.

    `@sedative` becomes a plain pattern per form of the concept; `@excess*@sedative` becomes one
    `*` pattern per form of its first part, whose later part is any form of `sedative`.
    """
    raw = source.strip()
    if not raw or raw.startswith("re:"):
        return [compile_pattern(raw)]
    try:
        names = tuple(dict.fromkeys(concepts.references(raw)))
        alternatives = [
            tuple(dict.fromkeys(normalise_phrase(form) for form in concepts.expand(part, lexicon)))
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
        latin_start = _is_latin(first[0])
        latin_end = any(_is_latin(form[-1]) for form in alternatives[-1])
        if len(alternatives) == 1:
            patterns.append(_Pattern(raw, first, None, latin_start, latin_end, (), names))
            continue
        pieces = [re.escape(first)]
        latin = _is_latin(first[-1])
        for forms in alternatives[1:]:
            latin_next = any(_is_latin(form[0]) for form in forms)
            gap = _GAP_LATIN if latin or latin_next else _GAP_CJK
            choice = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
            pieces.append(f"[^{re.escape(CLAUSE)}]{{0,{gap}}}?(?:{choice})")
            latin = any(_is_latin(form[-1]) for form in forms)
        patterns.append(
            _Pattern(
                raw,
                first,
                re.compile("".join(pieces)),
                latin_start,
                latin_end,
                tuple(alternatives[1:]),
                names,
            )
        )
    return patterns


def parse_temperature(value: Any) -> Decimal | None:
    """Return the temperature as a Decimal, or None; raise InvalidTemperature out of 30–45 °C."""
    if value is None or value == "":
        return None
    text = str(value).strip().casefold()
    for unit in ("°c", "℃", "°", "c", "度"):
        text = text.removesuffix(unit).strip()
    try:
        temperature = Decimal(text)
    except ArithmeticError as error:
        raise InvalidTemperature(_("The temperature must be a number, e.g. 37.5.")) from error
    if not temperature.is_finite() or not (
        TEMPERATURE_RANGE[0] <= temperature <= TEMPERATURE_RANGE[1]
    ):
        raise InvalidTemperature(_("The temperature must be between 30 and 45 °C."))
    return temperature


def temperature_in_text(raw: str) -> Decimal | None:
    """Return the highest body temperature the complaint mentions ("烧到39度"), if any."""
    best: Decimal | None = None
    for match in _TEMPERATURE_IN_TEXT.finditer(raw):
        whole = match.group("a") or match.group("b")
        decimal = match.group("ad") or match.group("ad2") or match.group("bd") or "0"
        value = Decimal(f"{whole}.{decimal}")
        if best is None or value > best:
            best = value
    return best


def normalise_sex(sex: Any) -> str:
    """Return "F", "M" or "" for whatever a caller passes (F/M/U, female, 女…)."""
    value = str(sex or "").strip().casefold()
    if value in {"f", "female", "woman", "女", "w"}:
        return "F"
    if value in {"m", "male", "man", "男"}:
        return "M"
    return ""


class _CompiledRule:
    __slots__ = ("spec", "index", "needs_requires", "order")

    def __init__(self, spec: RuleSpec, index: int) -> None:
        self.spec = spec
        self.index = index
        self.needs_requires = bool(spec.requires)
        self.order = index


# Roles a phrase plays in a rule.
_PHRASE, _REQUIRES, _UNLESS = 0, 1, 2


class Engine:
    """Rules compiled for matching; immutable, shared by every request of a process."""

    def __init__(
        self, rules: list[RuleSpec], config: Config, lexicon: dict[str, Concept] | None = None
    ) -> None:
        self.config = config
        self.lexicon = concepts.default_concepts() if lexicon is None else lexicon
        self.rules = [_CompiledRule(spec, index) for index, spec in enumerate(rules)]
        self._first: dict[str, tuple[tuple, tuple]] = {}  # first literal -> (plain, gapped)
        self._patterns: list[_Pattern] = []
        self._uses: list[list[tuple[int, int]]] = []  # pattern id -> [(rule index, role)]
        self._regexes: list[int] = []  # pattern ids of re: phrases (searched, not in the trie)
        self._vocabulary: set[str] = set()
        # A phrase that does not compile (a rule file loaded without validation) drops its rule
        # and is reported in `skipped`: the walk-in flow keeps working on the other rules.
        self.skipped: list[tuple[str, str]] = []
        compiled: dict[str, list[_Pattern]] = {}
        seen: dict[str, list[int]] = {}
        for rule in self.rules:
            roles = (
                (_PHRASE, rule.spec.phrases),
                (_REQUIRES, rule.spec.requires),
                (_UNLESS, rule.spec.unless),
            )
            try:
                for _role, phrases in roles:
                    for phrase in phrases:
                        if phrase not in compiled:
                            compiled[phrase] = compile_patterns(phrase, self.lexicon)
            except PatternError as error:
                self.skipped.append((rule.spec.name, str(error)))
                logger.error("Routing rule %r skipped: %s", rule.spec.name, error)
                continue
            for role, phrases in roles:
                for phrase in phrases:
                    pattern_ids = seen.get(phrase)
                    if pattern_ids is None:
                        pattern_ids = [self._add_pattern(p) for p in compiled[phrase]]
                        seen[phrase] = pattern_ids
                    for pattern_id in pattern_ids:
                        self._uses[pattern_id].append((rule.index, role))
        self._primary = [any(role == _PHRASE for _r, role in uses) for uses in self._uses]
        # One Aho-Corasick automaton (C) over every phrase's first literal: one pass over the
        # complaint finds them all, whatever the number of rules.
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for first, (plain, gapped) in self._first.items():
            self._automaton.add_word(first, (len(first), plain, gapped))
        if self._first:
            self._automaton.make_automaton()
        self._speller = Speller(self._vocabulary)
        dictionary = segment.add_words(concepts.lexicon_words())
        segment.add_words(
            pattern.first
            for pattern_id, pattern in enumerate(self._patterns)
            if pattern.first and pattern.verify is None and self._primary[pattern_id]
        )
        # The lexicon's plain words, found in one pass, tell (with the rules' phrases found)
        # which phrases a word could split.
        self._dictionary = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
        for word in dictionary:
            self._dictionary.add_word(word)
        if dictionary:
            self._dictionary.make_automaton()

    @classmethod
    def build(
        cls,
        rules: Iterable[RuleSpec],
        config: Config | None = None,
        lexicon: dict[str, Concept] | None = None,
    ) -> "Engine":
        return cls(list(rules), config or Config(), lexicon)

    # --- compiling -------------------------------------------------------------------------

    def _add_pattern(self, pattern: _Pattern) -> int:
        pattern_id = len(self._patterns)
        self._patterns.append(pattern)
        self._uses.append([])
        if not pattern.first:
            self._regexes.append(pattern_id)
            return pattern_id
        plain, gapped = self._first.get(pattern.first, ((), ()))
        if pattern.verify is None:
            plain += ((pattern_id, pattern),)
        else:
            gapped += ((pattern_id, pattern),)
        self._first[pattern.first] = (plain, gapped)
        said = " ".join([pattern.first, *(form for forms in pattern.rest for form in forms)])
        for word in re.findall(r"[a-z]{4,}", said):
            self._vocabulary.add(word)
        return pattern_id

    def _correct_spelling(self, text: str) -> str:
        if not self._speller.vocabulary:
            return text
        return _ENGLISH_WORD.sub(lambda match: self._speller.correct(match.group(0)), text)

    # --- matching --------------------------------------------------------------------------

    def _find(self, text: str) -> dict[int, list[tuple[int, int, bool, bool, bool, bool]]]:
        """Return pattern id -> [(start, end, negated, not a whole word, not now, mild)]."""
        found: list[tuple[int, int, int]] = []
        # Per call, per trie node: the `*` phrases whose later parts are all somewhere in the
        # text (a cheap substring test); the others cannot match and are never tried.
        alive: dict[int, list[tuple[int, _Pattern]]] = {}
        matches = self._automaton.iter(text) if self._first and text else ()
        for last, (size, plain, gapped) in matches:
            start = last - size + 1
            position = last + 1
            # English words match whole, never from inside another word.
            latin_inside = start > 0 and _is_latin(text[start - 1]) and _is_latin(text[start])
            for pattern_id, pattern in plain:
                if latin_inside and pattern.latin_start:
                    continue
                end = self._latin_end(text, position, pattern)
                if end is not None:
                    found.append((pattern_id, start, end))
            if gapped:
                candidates = alive.get(id(gapped))
                if candidates is None:
                    candidates = [
                        (pattern_id, pattern)
                        for pattern_id, pattern in gapped
                        if all(any(form in text for form in forms) for forms in pattern.rest)
                    ]
                    alive[id(gapped)] = candidates
                for pattern_id, pattern in candidates:
                    if latin_inside and pattern.latin_start:
                        continue
                    match = pattern.verify.match(text, start)
                    if match:
                        end = self._latin_end(text, match.end(), pattern)
                        if end is not None:
                            found.append((pattern_id, start, end))
        for pattern_id in self._regexes:
            for match in self._patterns[pattern_id].verify.finditer(text):
                if match.end() > match.start():
                    found.append((pattern_id, match.start(), match.end()))
        # A phrase inside a longer rule phrase found at the same place says less: "眼皮抽搐" is
        # not "抽搐", "中风后康复" is not "中风". Plain phrases only (`*` phrases span gaps), and
        # only for a rule's own phrases: "冷汗" still says "汗" to a rule that requires sweating.
        # A phrase is inside a longer one when a rule phrase starts before it and ends at or
        # after its end, or starts where it starts and ends later (sorted spans, bisect).
        spans = sorted(
            (start, end)
            for pattern_id, start, end in found
            if self._patterns[pattern_id].verify is None and self._primary[pattern_id]
        )
        starts = [start for start, _end in spans]
        reach: list[int] = []  # the furthest end of the spans up to each one
        furthest = -1
        for _start, end in spans:
            furthest = max(furthest, end)
            reach.append(furthest)
        result: dict[int, list[tuple[int, int, bool, bool, bool, bool]]] = {}
        story = context.Story(text)
        words: segment.Words | None = None
        for pattern_id, start, end in found:
            inside = False
            if self._patterns[pattern_id].verify is None and spans:
                first_here = bisect_left(starts, start)
                last_here = bisect_right(starts, start)
                inside = (first_here > 0 and reach[first_here - 1] >= end) or (
                    last_here > first_here and spans[last_here - 1][1] > end
                )
            mention = story.mention(start, end)
            # A rule's own phrase counts only as whole words ("无精" is not in "无精打采");
            # a required word may be part of one ("冷汗" still says "汗").
            whole = True
            if self._patterns[pattern_id].first:
                if words is None:
                    # The segmenter's words in the text: the rules' own phrases were found
                    # above; the lexicon's other words in one more pass.
                    known = [
                        (s, e)
                        for p, s, e in found
                        if e - s > 1 and self._patterns[p].verify is None and self._primary[p]
                    ]
                    if len(self._dictionary):
                        known += [
                            (last - size + 1, last + 1)
                            for last, size in self._dictionary.iter(text)
                        ]
                    words = segment.Words(text, known)
                # A `*` phrase: its first part must be a word of its own.
                pattern = self._patterns[pattern_id]
                if pattern.verify is None:
                    whole = not words.splits_a_word(start, end)
                else:
                    whole = not words.splits_a_word(start, start + len(pattern.first), opens=True)
            result.setdefault(pattern_id, []).append(
                (start, end, mention.negated, inside or not whole, mention.not_now, mention.mild)
            )
        return result

    @staticmethod
    def _latin_end(text: str, end: int, pattern: _Pattern) -> int | None:
        if (
            not pattern.latin_end
            or end >= len(text)
            or not _is_latin(text[end])
            or not _is_latin(text[end - 1])
        ):
            return end
        # "headaches", "bleeding", "burned": allow a short ending, not another word.
        stop = end
        while stop < len(text) and _is_latin(text[stop]):
            stop += 1
        return stop if text[end:stop] in _LATIN_SUFFIXES else None

    # --- suggesting ------------------------------------------------------------------------

    def suggest(
        self,
        text: str,
        *,
        age: int | None = None,
        sex: str | None = None,
        temperature: float | Decimal | str | None = None,
    ) -> list[Suggestion]:
        """Return ranked department suggestions for a chief complaint, best first."""
        config = self.config
        script = _script()
        measured = parse_temperature(temperature)
        raw = unicodedata.normalize("NFKC", text or "")[:MAX_MATCH_LENGTH]
        if not raw.strip() and measured is None:
            return []
        if age is not None:
            age = int(age)
            if age < 0:
                raise ValueError(_("The age cannot be negative."))
        sex = normalise_sex(sex)
        normalised = self._correct_spelling(normalise(raw))
        said = temperature_in_text(raw) if measured is None else None
        body_temperature = measured if measured is not None else said

        found = self._find(normalised)
        # rule index -> role -> [(matched text, negated, held back, pattern id)]
        hits: dict[int, dict[int, list[tuple[str, bool, bool, int]]]] = {}
        for pattern_id, spans in found.items():
            for rule_index, role in self._uses[pattern_id]:
                bucket = hits.setdefault(rule_index, {}).setdefault(role, [])
                red_flag = self.rules[rule_index].spec.kind == Kind.RED_FLAG
                for start, end, negated, inside, not_now, mild in spans:
                    if inside and role == _PHRASE:
                        continue
                    # A red flag told as history, a habit or a question does not count now;
                    # nor its own words said as mild ("有点喘不过气").
                    held = (not_now or (mild and role == _PHRASE)) and red_flag and not negated
                    bucket.append((normalised[start:end], negated, held, pattern_id))

        def fired_phrases(rule_index: int, *, held: bool = False) -> tuple[str, ...] | None:
            """Return the words that fire the rule; with `held`, count held-back mentions too."""
            roles = hits.get(rule_index)
            if not roles:
                return None

            def said(role: int) -> tuple[str, ...]:
                return tuple(
                    dict.fromkeys(
                        m
                        for m, negated, back, _p in roles.get(role, ())
                        if not negated and (held or not back)
                    )
                )

            phrases = said(_PHRASE)
            if not phrases:
                return None
            rule = self.rules[rule_index]
            if rule.needs_requires:
                required = said(_REQUIRES)
                if not required:
                    return None
                phrases += required
            if roles.get(_UNLESS):
                return None
            # Show the longest words only: "胸口压着疼", not also "胸口压" and "压着疼".
            return tuple(p for p in phrases if not any(p != q and p in q for q in phrases))

        def concepts_of(rule_index: int) -> tuple[str, ...]:
            names: dict[str, None] = {}
            for role in (_PHRASE, _REQUIRES):
                for _m, negated, back, pattern_id in hits[rule_index].get(role, ()):
                    if not negated and not back:
                        names.update(dict.fromkeys(self._patterns[pattern_id].concepts))
            return tuple(names)

        # Is the visitor a child? The age says so; without an age, the complaint ("宝宝").
        child = False
        if age is not None:
            child = age < config.child_age_limit
        else:
            child = any(self.rules[i].spec.kind == Kind.CHILD and fired_phrases(i) for i in hits)

        emergency: list[tuple[_CompiledRule, tuple[str, ...]]] = []
        fever: list[tuple[_CompiledRule, tuple[str, ...]]] = []
        departments: dict[str, dict[str, Any]] = {}
        # Strongest rules first: words a stronger rule counted add little from a weaker one.
        for rule_index in sorted(hits, key=lambda i: (-self.rules[i].spec.weight, i)):
            rule = self.rules[rule_index]
            spec = rule.spec
            matched = fired_phrases(rule_index)
            if matched is None or spec.kind == Kind.CHILD:
                continue
            if not self._conditions_hold(spec, age, sex, body_temperature):
                continue
            if spec.kind == Kind.RED_FLAG:
                emergency.append((rule, matched))
                continue
            if spec.kind == Kind.FEVER:
                fever.append((rule, matched))
                continue
            code = spec.department
            redirected = child and bool(spec.child_department)
            if redirected:
                code = spec.child_department
            entry = departments.setdefault(
                code,
                {"score": 0.0, "urgency": "IV", "reasons": [], "first": rule_index, "said": set()},
            )
            # Words another rule of this department counted already count once: a concept
            # rule and a phrase rule naming the same "腰疼" are one piece of evidence.
            new = [m for m in matched if not any(m in s or s in m for s in entry["said"])]
            entry["said"].update(matched)
            entry["first"] = min(entry["first"], rule_index)
            entry["best"] = max(entry.get("best", 0), spec.weight)
            entry["chars"] = sum(len(m) for m in entry["said"])
            entry["score"] += spec.weight + 0.5 * (len(new) - 1) if new else 0.5
            entry["urgency"] = _more_urgent(entry["urgency"], spec.urgency)
            entry["reasons"].append(
                Reason(rule=spec.label(script), matched=matched, concepts=concepts_of(rule_index))
            )
            if redirected and not entry.get("child_reason"):
                entry["child_reason"] = True
                entry["reasons"].append(
                    Reason(
                        rule=_("children"),
                        note=_("A child: the children's department sees this."),
                    )
                )

        # Red flags told as history, a habit or a question: shown, not an emergency.
        held_back = [
            Reason(
                rule=self.rules[i].spec.label(script),
                matched=matched,
                note=_(
                    "%(rule)s: told as history, a habit or a question, not treated as an "
                    "emergency now."
                )
                % {"rule": self.rules[i].spec.label(script)},
            )
            for i in sorted(hits)
            if self.rules[i].spec.kind == Kind.RED_FLAG
            and fired_phrases(i) is None
            and (matched := fired_phrases(i, held=True)) is not None
        ]
        signs = redflags.vital_signs(normalised, body_temperature)

        ranked: list[Suggestion] = []
        if emergency or signs:
            urgency = "II" if emergency else "I"
            for rule, _matched in emergency:
                urgency = _more_urgent(urgency, rule.spec.urgency)
            reasons = tuple(
                Reason(
                    rule=rule.spec.label(script),
                    matched=matched,
                    note=self._concept_note(
                        rule.spec.label(script), concepts_of(rule.index), script
                    ),
                    concepts=concepts_of(rule.index),
                )
                for rule, matched in emergency
            ) + tuple(
                Reason(
                    rule=sign.label(),
                    matched=(normalised[sign.start : sign.end],) if sign.end else (),
                    note=sign.note(),
                )
                for sign in signs
            )
            # Red flags all point at the emergency department, whatever else they name.
            ranked.append(
                Suggestion(
                    department=config.emergency_department,
                    urgency=urgency,
                    emergency=True,
                    score=1000.0
                    + sum(rule.spec.weight for rule, _m in emergency)
                    + 100 * len(signs),
                    reasons=reasons,
                )
            )
            for rule, _matched in emergency:
                other = rule.spec.department
                if other and other != config.emergency_department and other not in departments:
                    departments[other] = {
                        "score": float(rule.spec.weight),
                        "urgency": rule.spec.urgency,
                        "reasons": [Reason(rule=rule.spec.label(script), matched=_matched)],
                        "first": rule.index,
                        "said": set(_matched),
                    }

        has_fever = bool(fever) or (
            body_temperature is not None and body_temperature >= config.fever_threshold
        )
        if has_fever:
            destination = config.child_fever_department if child else config.fever_department
            reasons: list[Reason] = []
            if body_temperature is not None and body_temperature >= config.fever_threshold:
                reasons.append(
                    Reason(
                        rule=_("fever rule"),
                        note=_("Fever: %(temperature)s °C, at or above %(threshold)s °C.")
                        % {"temperature": body_temperature, "threshold": config.fever_threshold},
                    )
                )
            for rule, matched in fever:
                reasons.append(Reason(rule=rule.spec.label(script), matched=matched))
            if child:
                reasons.append(
                    Reason(
                        rule=_("fever rule"),
                        note=_("A child with fever: the hospital sends children to %(where)s.")
                        % {
                            "where": _("paediatrics")
                            if destination == "PED"
                            else _("the fever clinic")
                        },
                    )
                )
            urgency = "III"
            for rule, _matched in fever:
                urgency = _more_urgent(urgency, rule.spec.urgency)
            entry = departments.pop(destination, None)
            if entry:
                reasons.extend(entry["reasons"])
                urgency = _more_urgent(urgency, entry["urgency"])
            ranked.append(
                Suggestion(
                    department=destination,
                    urgency=urgency,
                    score=500.0 + (entry["score"] if entry else 0.0),
                    reasons=tuple(reasons),
                )
            )

        if not asks_for_service(normalised) and any(
            code not in config.service_departments for code in departments
        ):
            for code, entry in departments.items():
                if code in config.service_departments:
                    entry["score"] *= SERVICE_IN_A_STORY
        for code, entry in sorted(
            # Ties: the strongest single rule, then the most words said ("眼睛红" says more than
            # "痒"), then the rules' order.
            departments.items(),
            key=lambda item: (
                -item[1]["score"],
                -item[1].get("best", 0),
                -item[1].get("chars", 0),
                item[1]["first"],
            ),
        ):
            if code == config.emergency_department and emergency:
                continue
            ranked.append(
                Suggestion(
                    department=code,
                    urgency=entry["urgency"],
                    score=round(entry["score"], 2),
                    reasons=tuple(entry["reasons"]),
                )
            )

        if ranked and held_back:
            ranked[0] = replace(ranked[0], reasons=ranked[0].reasons + tuple(held_back))
        if not ranked:
            codes = config.child_fallback_departments if child else config.fallback_departments
            note = _("Nothing in the complaint matched a rule: ask, or send to general advice.")
            return [
                Suggestion(
                    department=code,
                    urgency="IV",
                    fallback=True,
                    reasons=(Reason(rule=_("no rule matched"), note=note), *held_back),
                )
                for code in codes
            ]
        return ranked

    def _concept_note(self, rule: str, names: tuple[str, ...], script: str) -> str:
        """Return "Overdose (sleeping pills + a large amount)" for the reason of a red flag."""
        titles = [self.lexicon[name].title(script) for name in names if name in self.lexicon]
        if not titles:
            return ""
        return _("%(rule)s (%(concepts)s)") % {"rule": rule, "concepts": " + ".join(titles)}

    @staticmethod
    def _conditions_hold(
        spec: RuleSpec, age: int | None, sex: str, temperature: Decimal | None
    ) -> bool:
        # An unknown age or sex does not rule a rule out: the guide sees it and decides.
        if age is not None:
            if spec.min_age is not None and age < spec.min_age:
                return False
            if spec.max_age is not None and age > spec.max_age:
                return False
        if spec.sex and sex and spec.sex != sex:
            return False
        return spec.min_temperature is None or (
            temperature is not None and temperature >= spec.min_temperature
        )


def _script() -> str:
    """Return how reasons are written for the active language: "en", "hant" or "hans"."""
    language = (get_language() or "zh-hans").lower()
    if language.startswith("en"):
        return "en"
    if language in ("zh-hant", "zh-tw", "zh-hk", "zh-mo"):
        return "hant"
    return "hans"


def _more_urgent(a: str, b: str) -> str:
    return a if URGENCY_ORDER.index(a) <= URGENCY_ORDER.index(b) else b
