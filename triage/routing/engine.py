"""The compiled routing engine: rules in, ranked suggestions out, no database.

`Engine.build(rules, config, lexicon)` compiles every phrase of every rule once (`patterns`) into
an Aho-Corasick automaton: every phrase is found in one pass over the complaint, whatever the
number of rules. `triage.routing.cache` builds the engine from the database and keeps it per
process; tests and the benchmark build it from plain `RuleSpec`s and the shipped lexicon.

`Engine.suggest` reads a complaint step by step, each step a module with its own tests:
normalise (`text`, `spelling`) → segment (`segment`) and concepts (`patterns`, `concepts`) →
context (`context`) → red flags (`redflags`) → fever rule → age and sex → rank → fallback
(`rank`).
"""

import gc
import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from itertools import chain
from operator import itemgetter
from typing import Any

import ahocorasick_rs  # type: ignore[import-not-found, unused-ignore]  # (no type stubs)
from django.utils.translation import gettext as _

from . import concepts, context, inputs, rank, redflags, segment
from .concepts import Concept
from .concepts import Kind as ConceptKind
from .inputs import (  # noqa: F401 (the engine's public names)
    TEMPERATURE_RANGE,
    InvalidTemperature,
    normalise_sex,
    parse_temperature,
    temperature_in_text,
)
from .patterns import (  # noqa: F401 (the engine's public names)
    LATIN,
    LATIN_SUFFIXES,
    Expression,
    Pattern,
    PatternError,
    compile_pattern,
    compile_patterns,
    is_latin,
)
from .rank import Fired, Tally, asks_for_service  # noqa: F401
from .specs import (  # noqa: F401 (the engine's public names)
    URGENCY_ORDER,
    Config,
    Kind,
    Reason,
    RuleSpec,
    Suggestion,
    script,
)
from .spelling import Speller
from .text import MAX_MATCH_LENGTH, normalise, to_nfkc

logger = logging.getLogger(__name__)

_first = itemgetter(0)

# Roles a phrase plays in a rule.
_PHRASE, _REQUIRES, _UNLESS = 0, 1, 2
# What a found rule phrase must be checked for: a plain phrase must be a whole word and not
# inside a longer rule phrase; a `*` phrase must start a word (`Engine._kind`).
_PLAIN, _GAPPED = 1, 2

# Where a phrase was found and how it is said there: (start, end, negated, not a whole word,
# not now, mild, its clause says now, held back only as part of a story).
_Row = tuple[int, int, bool, bool, bool, bool, bool, bool]
# What reading a place of a `*` or `re:` phrase asks (`Engine._place_reading`).
_Reading = tuple[frozenset[int], bool, int, bool, bool, bool, bool, int]
# How a rule reads one of its words found: (matched text, negated, held back, pattern id,
# revivable as part of a story).
_Mentions = list[tuple[str, bool, bool, int, bool]]


def _word_end(text: str, end: int) -> int | None:
    """Return where an English word found up to `end` ends: with a short ending, not another word.

    "headaches", "bleeding", "burned" are their words; "chestnut" is not "chest".
    """
    if end >= len(text) or text[end] not in LATIN or text[end - 1] not in LATIN:
        return end
    stop = end
    while stop < len(text) and text[stop] in LATIN:
        stop += 1
    return stop if text[end:stop] in LATIN_SUFFIXES else None


class _Automaton:
    """Every occurrence of a set of keys in a text, overlapping ones too, with the key's value.

    Occurrences come by where they end, the longest first where several end together. One call
    to ahocorasick-rs returns them all, whatever the number of keys.
    """

    def __init__(self, items: Iterable[tuple[str, Any]]) -> None:
        keys: list[str] = []
        self.values: list[Any] = []  # key number -> value
        for key, value in items:
            keys.append(key)
            self.values.append(value)
        self._automaton = (
            ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard)
            if keys
            else None
        )

    def __bool__(self) -> bool:
        return bool(self.values)

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """Return (key number, start, end) of every occurrence, in the order above."""
        if self._automaton is None or not text:
            return []
        return self._automaton.find_matches_as_indexes(text, overlapping=True)


class _Needs:
    """The later parts a literal's `*` phrases need, filed to find at once those all said.

    Most need one part: they are filed under it, and the parts said pick them (a set's
    intersection, in C) instead of each phrase asking whether its parts were said.
    """

    __slots__ = ("_single", "_keys", "_many")

    def __init__(self, needs: Iterable[frozenset[int]]) -> None:
        self._single: dict[int, list[int]] = {}
        self._many: list[tuple[int, frozenset[int]]] = []
        for number, parts in enumerate(needs):
            if len(parts) == 1:
                self._single.setdefault(next(iter(parts)), []).append(number)
            else:
                self._many.append((number, parts))
        self._keys = frozenset(self._single)

    def __call__(self, said: set[int]) -> list[int]:
        """Return the numbers of the phrases whose later parts are all in `said`, in order."""
        single = self._single
        numbers = [number for part in said & self._keys for number in single[part]]
        numbers += [number for number, parts in self._many if said.issuperset(parts)]
        if len(numbers) > 1:
            numbers.sort()
        return numbers


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an engine is built.

    A build makes about a million objects and frees few: the collector, woken every few hundred
    allocations, walked the whole growing heap again and again (two thirds of a build's CPU, 2 of
    3 s for the shipped rules). What a build makes is no garbage; the collector runs as before
    once it is done.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _CompiledRule:
    __slots__ = ("spec", "index", "needs_requires", "conditional")

    def __init__(self, spec: RuleSpec, index: int) -> None:
        self.spec = spec
        self.index = index
        self.needs_requires = bool(spec.requires)
        # An age, sex or temperature to check (most rules have none).
        self.conditional = (
            spec.min_age is not None
            or spec.max_age is not None
            or bool(spec.sex)
            or spec.min_temperature is not None
        )


class Engine:
    """Rules compiled for matching; immutable, shared by every request of a process."""

    def __init__(
        self, rules: list[RuleSpec], config: Config, lexicon: dict[str, Concept] | None = None
    ) -> None:
        self.config = config
        self.lexicon = concepts.default_concepts() if lexicon is None else lexicon
        self.rules = [_CompiledRule(spec, index) for index, spec in enumerate(rules)]
        self._first: dict[str, tuple[tuple, tuple]] = {}  # first literal -> (plain, gapped)
        self._patterns: list[Pattern] = []
        self._uses: list[list[tuple[int, int]]] = []  # pattern id -> [(rule index, role)]
        self._regexes: list[int] = []  # pattern ids of re: phrases (searched, not in the trie)
        # The later parts of `*` phrases, each once (a concept's forms are shared by every
        # phrase that names it): part -> its number; and form -> the parts it says.
        self._parts: dict[tuple[str, ...], int] = {}
        self._part_forms: dict[str, list[int]] = {}
        self._vocabulary: set[str] = set()
        # A phrase that does not compile (a rule file loaded without validation) drops its rule
        # and is reported in `skipped`: the walk-in flow keeps working on the other rules.
        self.skipped: list[tuple[str, str]] = []
        compiled: dict[str, list[Pattern]] = {}
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
        # Only a red flag's words need their time read (history, habit, question, mild).
        self._red_uses = [
            tuple((r, role) for r, role in uses if self.rules[r].spec.kind == Kind.RED_FLAG)
            for uses in self._uses
        ]
        # What the matching loop asks of a pattern, as plain lists (no attribute per match):
        # must it be a whole word (a rule's own phrase), and is it plain or a `*` phrase.
        self._kind = [
            (_PLAIN if pattern.verify is None else _GAPPED) if primary and pattern.first else 0
            for pattern, primary in zip(self._patterns, self._primary, strict=True)
        ]
        self._first_length = [len(pattern.first) for pattern in self._patterns]
        # A `*` phrase whose last part may end in a Chinese character ("很多*血", "药*吃多"): found
        # where that character begins one of the lexicon's words of another meaning ("血压",
        # "多少": "药一次吃多少" asks a dose), it is not that part.
        self._last_chinese = [
            kind == _GAPPED and any(not is_latin(form[-1]) for form in pattern.rest[-1])
            for pattern, kind in zip(self._patterns, self._kind, strict=True)
        ]
        self._other_words: dict[str, tuple[str, ...]] = {}
        for word in concepts.lexicon_words():
            self._other_words[word[0]] = (*self._other_words.get(word[0], ()), word)
        # The rules whose words name concepts (the others have no concepts to show).
        self._names_concepts = [False] * len(self.rules)
        for pattern, uses in zip(self._patterns, self._uses, strict=True):
            if pattern.concepts:
                for rule_index, role in uses:
                    if role != _UNLESS:
                        self._names_concepts[rule_index] = True
        self._red_flag = [rule.spec.kind == Kind.RED_FLAG for rule in self.rules]
        # The patterns that say only lasting states (`concepts.Kind.LASTING`): told of the past,
        # they are had still.
        self._lasting = frozenset(
            pattern_id
            for pattern_id, pattern in enumerate(self._patterns)
            if pattern.concepts
            and all(self.lexicon[name].kind == ConceptKind.LASTING for name in pattern.concepts)
        )
        # Each pattern's uses with what `Hits` asks of them: (rule index, role, a red flag's,
        # a phrase of its own).
        self._uses_read = [
            tuple((r, role, self._red_flag[r], role == _PHRASE) for r, role in uses)
            for uses in self._uses
        ]
        # The rules that use each pattern as one of their own phrases (only they can fire).
        self._phrase_rules = [
            frozenset(r for r, role in uses if role == _PHRASE) for uses in self._uses
        ]
        # And every rule that uses it (a place read for none of them that can fire is skipped).
        self._pattern_rules = [frozenset(r for r, _role in uses) for uses in self._uses]
        # The rules' names per script ("hans", "hant", "en"), filled as they are shown.
        self._labels: dict[str, dict[int, str]] = {}
        # A red flag held back as its own department sees it (`rank.held_back`), made once.
        self._held_specs: dict[int, RuleSpec] = {}
        # The red flags that use each pattern: all, as a phrase, as a required word.
        self._red_rules = [frozenset(r for r, _role in uses) for uses in self._red_uses]
        # The last part's forms of a `*` phrase no red flag uses: a denial in its gap cancels it
        # ("肚子也不疼"). A red flag keeps its `*` phrases whatever the gap says (its own words
        # may hold one: "叫他没反应").
        self._gap_last: list[tuple[str, ...] | None] = [
            pattern.rest[-1] if pattern.verify is not None and pattern.rest and not red else None
            for pattern, red in zip(self._patterns, self._red_rules, strict=True)
        ]
        self._red_phrase = [
            tuple(r for r, role in uses if role == _PHRASE) for uses in self._red_uses
        ]
        self._red_required = [
            tuple(r for r, role in uses if role == _REQUIRES) for uses in self._red_uses
        ]
        self._red_unless = [
            tuple(r for r, role in uses if role == _UNLESS) for uses in self._red_uses
        ]
        self._phrase_only = [all(role == _PHRASE for _r, role in uses) for uses in self._uses]
        # What reading a place of a `*` or re: phrase asks of it, in one tuple (no list looked
        # up per place): the rules that use it, must its first part start a word, that part's
        # length, may its last part end where a word of another meaning begins, is it only ever
        # a rule's own phrase, may a denial in its gap cancel it, does a red flag use it, its id.
        self._place_reading: list[_Reading] = [
            (
                self._pattern_rules[pattern_id],
                bool(self._kind[pattern_id]),
                self._first_length[pattern_id],
                self._last_chinese[pattern_id],
                self._phrase_only[pattern_id],
                self._gap_last[pattern_id] is not None,
                bool(self._red_rules[pattern_id]),
                pattern_id,
            )
            for pattern_id in range(len(self._patterns))
        ]
        # The `re:` phrases as the matching loop searches them: the expression, its cues
        # (`expressions.cues`) as numbers of the strings the cue automaton finds, how its places
        # are read, the rules whose own phrase it is.
        cue_numbers: dict[str, int] = {}
        self._searched: list[tuple[re.Pattern[str], tuple, _Reading, frozenset[int]]] = [
            (
                expression,
                tuple(
                    frozenset(cue_numbers.setdefault(said, len(cue_numbers)) for said in cue)
                    for cue in sorted(self._patterns[pattern_id].cues, key=len)
                ),
                self._place_reading[pattern_id],
                self._phrase_rules[pattern_id],
            )
            for pattern_id in self._regexes
            if isinstance(expression := self._patterns[pattern_id].verify, re.Pattern)
        ]
        self._cue_automaton = _Automaton((said, None) for said in cue_numbers)
        # Each `re:` phrase filed under the strings of its first cue (the one of fewest): a
        # complaint's cue strings found name the few phrases worth checking, not all of them.
        self._searched_under: dict[int, list[int]] = {}
        for number, (_expression, cues, _reading, _rules) in enumerate(self._searched):
            for said in cues[0] if cues else ():
                self._searched_under.setdefault(said, []).append(number)
        self._searched_always = [
            number for number, entry in enumerate(self._searched) if not entry[1]
        ]
        self._child_rules = frozenset(
            rule.index for rule in self.rules if rule.spec.kind == Kind.CHILD
        )
        # The order rules are weighed in: strongest first, then file order.
        ranked = sorted(range(len(self.rules)), key=lambda i: (-self.rules[i].spec.weight, i))
        self._rank = [0] * len(self.rules)
        for position, rule_index in enumerate(ranked):
            self._rank[rule_index] = position
        # One Aho-Corasick automaton (C) over every phrase's first literal: one pass over the
        # complaint finds them all, whatever the number of rules. Each literal carries what the
        # loop needs: its length, whether it starts or ends an English word, its plain patterns
        # and its `*` patterns (id, expression, later parts, may end in an English ending).
        entries: list[tuple[str, tuple | None]] = []
        for group, (first, (plain, gapped)) in enumerate(self._first.items()):
            entry = (
                is_latin(first[0]),
                # Each plain pattern with what its place must be checked for: a rule's own
                # phrase must be a whole word, and one only ever a rule's own phrase found
                # inside a word is not read for negation; and whether a red flag uses it.
                tuple(
                    (
                        pattern_id,
                        self._kind[pattern_id] == _PLAIN,
                        self._phrase_only[pattern_id],
                        bool(self._red_rules[pattern_id]),
                        self._pattern_rules[pattern_id],
                    )
                    for pattern_id, _pattern in plain
                ),
                is_latin(first[-1]),
                tuple(
                    (
                        pattern.verify,
                        pattern.latin_end,
                        self._place_reading[pattern_id],
                        self._phrase_rules[pattern_id],
                    )
                    for pattern_id, pattern, _parts in gapped
                ),
                _Needs(parts for _pattern_id, _pattern, parts in gapped),
                # Whether one of the plain patterns is a rule's own phrase (its place counts
                # for the phrases inside it), and the literal's number (per call: which `*`
                # patterns can match).
                any(self._kind[pattern_id] == _PLAIN for pattern_id, _pattern in plain),
                group,
                # The rules whose own phrase one of the plain patterns is.
                frozenset().union(*(self._phrase_rules[pattern_id] for pattern_id, _p in plain)),
            )
            entries.append((first, entry))
        # The later parts' forms are keys of the same automaton (the one pass tells which parts
        # are said): a form that is no first literal has no entry, a key that is no form no
        # parts.
        known = {first for first, _entry in entries}
        entries += [(form, None) for form in self._part_forms if form not in known]
        self._automaton = _Automaton(entries)
        self._parts_of = [
            tuple(self._part_forms[key]) if key in self._part_forms else ()
            for key, _entry in entries
        ]
        self._speller = Speller(self._vocabulary)
        dictionary = segment.add_words(concepts.lexicon_words())
        segment.add_words(
            pattern.first
            for pattern_id, pattern in enumerate(self._patterns)
            if pattern.first and pattern.verify is None and self._primary[pattern_id]
        )
        # The lexicon's plain words, found in one pass, tell (with the rules' phrases found)
        # which phrases a word could split.
        self._dictionary = _Automaton((word, None) for word in dictionary)

    @classmethod
    def build(
        cls,
        rules: Iterable[RuleSpec],
        config: Config | None = None,
        lexicon: dict[str, Concept] | None = None,
    ) -> "Engine":
        with _collector_paused():
            return cls(list(rules), config or Config(), lexicon)

    # --- compiling -------------------------------------------------------------------------

    def _add_pattern(self, pattern: Pattern) -> int:
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
            parts = frozenset(self._part(forms) for forms in pattern.rest)
            gapped += ((pattern_id, pattern, parts),)
        self._first[pattern.first] = (plain, gapped)
        said = " ".join([pattern.first, *(form for forms in pattern.rest for form in forms)])
        for word in re.findall(r"[a-z]{4,}", said):
            self._vocabulary.add(word)
        return pattern_id

    def _part(self, forms: tuple[str, ...]) -> int:
        number = self._parts.get(forms)
        if number is None:
            number = self._parts[forms] = len(self._parts)
            for form in forms:
                self._part_forms.setdefault(form, []).append(number)
        return number

    def _parts_said(self, spans: list[tuple[int, int, int]]) -> set[int]:
        """Return the later parts of `*` phrases one of whose forms the automaton found."""
        # Gathered in C (no Python loop per occurrence).
        return set(chain.from_iterable(map(self._parts_of.__getitem__, map(_first, spans))))

    def _correct_spelling(self, text: str) -> str:
        return self._speller.correct_text(text)

    # --- matching --------------------------------------------------------------------------

    def _found(
        self, text: str, story: context.Story | None = None
    ) -> tuple[dict[int, list[_Row]], set[int]]:
        """Return pattern id -> the rows where it was found (`_Row`), and the rules one of whose
        own phrases was found (only they can fire)."""
        # What the automaton found, in its order: (start, end, plain patterns, how the place of
        # a `*` or re: phrase is read); a plain literal's patterns share one place, read once
        # for them all.
        found: list[tuple[int, int, tuple, _Reading | None]] = []
        append = found.append
        # The places of the rules' own plain phrases (a phrase inside a longer one says less).
        spans: list[tuple[int, int]] = []
        # The rules one of whose own phrases was found (only they can fire), per place.
        firings: list[frozenset[int]] = []
        fire = firings.append
        # Per call, per literal: the `*` phrases whose later parts are all somewhere in the
        # text (one automaton pass); the others cannot match and are never tried.
        alive: dict[int, list[tuple[Expression, bool, _Reading, frozenset]]] = {}
        parts_said: set[int] | None = None

        length = len(text)
        entries = self._automaton.values
        occurrences = self._automaton.spans(text)
        for number, start, stop in occurrences:
            entry = entries[number]
            if entry is None:  # only a later part of `*` phrases
                continue
            latin_start, plain, latin_end, gapped, needs, primary, group, firing = entry
            # English words match whole, never from inside another word.
            if latin_start and start and text[start - 1] in LATIN:
                continue
            if plain:
                # A phrase ends where the automaton says (the usual case), an English word
                # followed by letters only with an ending.
                end: int | None = stop
                if latin_end and stop < length and text[stop] in LATIN:
                    end = _word_end(text, stop)
                if end is not None:
                    append((start, end, plain, None))
                    fire(firing)
                    if primary:
                        spans.append((start, end))
            if gapped:
                candidates = alive.get(group)
                if candidates is None:
                    if parts_said is None:
                        parts_said = self._parts_said(occurrences)
                    candidates = alive[group] = list(map(gapped.__getitem__, needs(parts_said)))
                for verify, word_end, reading, rules in candidates:
                    match = verify.after(text, stop)
                    if match:
                        end = _word_end(text, match.end()) if word_end else match.end()
                        if end is not None:
                            append((start, end, (), reading))
                            fire(rules)
        # A `re:` phrase is searched only in a text that holds one string of each of its cues
        # (most texts lack one: "血糖", a digit, " degree"…); one pass finds which it holds.
        cues_said = set(map(_first, self._cue_automaton.spans(text)))
        under = self._searched_under
        filed = chain.from_iterable(under[said] for said in cues_said if said in under)
        searched = self._searched
        for number in sorted({*self._searched_always, *filed}):
            expression, cues, reading, rules = searched[number]
            for cue in cues:
                if cues_said.isdisjoint(cue):
                    break  # no string of this cue: the expression cannot match
            else:
                for match in expression.finditer(text):
                    if match.end() > match.start():
                        append((match.start(), match.end(), (), reading))
                        fire(rules)
        # A phrase inside a longer rule phrase found at the same place says less: "眼皮抽搐" is
        # not "抽搐", "中风后康复" is not "中风". Plain phrases only (`*` phrases span gaps), and
        # only for a rule's own phrases: "冷汗" still says "汗" to a rule that requires sweating.
        # A phrase is inside a longer one when a rule phrase starts before it and ends at or
        # after its end, or starts where it starts and ends later (sorted spans, bisect).
        spans.sort()
        starts = [start for start, _end in spans]
        reach: list[int] = []  # the furthest end of the spans up to each one
        furthest = -1
        for _start, end in spans:
            if end > furthest:
                furthest = end
            reach.append(furthest)
        if story is None:
            story = context.Story(text)
        words: segment.Words | None = None
        # For each place: is it a word of its own, and is it negated; the rows of each
        # pattern, in the order found. The time of a red flag's words is read afterwards, only
        # for the red flags that can fire (`_timed_now`): their rows are noted as they are made.
        result: dict[int, list[_Row]] = {}
        red_rows: list[tuple[list[_Row], int, int, bool, bool]] = []
        can_fire = set().union(*firings)
        for start, end, plain, place in found:
            if plain:
                # A rule's own phrase must be a whole word and not inside a longer phrase ("无精"
                # is not in "无精打采"); a required word may be part of one ("冷汗" still says
                # "汗"). Every plain pattern of the literal has the same place: read it once.
                inside: bool | None = None
                negated: bool | None = None
                for plain_id, own, only, red, users in plain:
                    if users.isdisjoint(can_fire):
                        continue  # used by no rule that can fire: nothing reads this place
                    part = False
                    if own:
                        if inside is None:
                            first_here = bisect_left(starts, start)
                            last_here = bisect_right(starts, start, first_here)
                            inside = (first_here > 0 and reach[first_here - 1] >= end) or (
                                last_here > first_here and spans[last_here - 1][1] > end
                            )
                            if not inside:
                                if words is None:
                                    words = self._words(text, spans)
                                inside = words.splits_a_word(start, end)
                        part = inside
                    # Inside a longer word, a phrase that is only ever a rule's own phrase
                    # counts for no rule: how it is said does not matter.
                    if part and only:
                        said_negated = False
                    else:
                        if negated is None:
                            negated = story.negated(start, end)
                        said_negated = negated
                    rows = result.get(plain_id)
                    if rows is None:
                        rows = result[plain_id] = []
                    rows.append((start, end, said_negated, part, False, False, False, False))
                    if red:
                        red_rows.append((rows, len(rows) - 1, plain_id, part, said_negated))
                continue
            assert place is not None  # (a place of a plain literal went on above)
            users, own, first_length, last_chinese, only, gap, red, pattern_id = place
            if users.isdisjoint(can_fire):
                continue
            part = False
            if own:  # a rule's own `*` phrase: its first part a word of its own
                if words is None:
                    words = self._words(text, spans)
                # Nor may its first part end where a word of another meaning begins ("被电" of
                # "被电动车"), nor its last part begin one ("血" of "血压").
                part = (
                    words.splits_a_word(start, start + first_length, opens=True)
                    or (
                        first_length > 1
                        and self._begins_other_word(
                            text, start + first_length - 1, longer_than=first_length
                        )
                    )
                    or (last_chinese and self._begins_other_word(text, end - 1))
                )
            said_negated = False if part and only else story.negated(start, end)
            if not said_negated and gap:
                said_negated = self._gap_denies(text, start, end, pattern_id)
            elif not said_negated and red and text[end - 1] in context.DENIABLE_ENDINGS:
                # A red flag's pain, swelling, blood, crooked mouth, sensation or severity denied
                # right before it ("胸口不疼", "个嘴都冇肿", "吐的没有血", "胸口不会闷", "喘得不厉
                # 害") is none.
                said_negated = context.pain_denied(text, start, end)
            rows = result.get(pattern_id)
            if rows is None:
                rows = result[pattern_id] = []
            rows.append((start, end, said_negated, part, False, False, False, False))
            if red:
                red_rows.append((rows, len(rows) - 1, pattern_id, part, said_negated))
        # Then the time of the words of the red flags that can fire, where not negated.
        timed = self._timed_now(red_rows, sudden=context.says_sudden(text))
        if timed:
            for rows, index, pattern_id, part, said_negated in red_rows:
                if not said_negated and pattern_id in timed:
                    start, end = rows[index][:2]
                    mention = story.mention(start, end)
                    not_now = mention.not_now
                    if not_now and pattern_id in self._lasting and mention.only_past:
                        not_now = False  # "去年换了肾": a kidney transplanted is one still
                    rows[index] = (
                        start,
                        end,
                        False,
                        part,
                        not_now,
                        mention.mild,
                        mention.now,
                        mention.story,
                    )
        return result, can_fire

    def _gap_denies(self, text: str, start: int, end: int, pattern_id: int) -> bool:
        """Return whether a denial right before the last part of a `*` phrase found at
        text[start:end] cancels it ("肚子也不疼")."""
        gap_start = start + self._first_length[pattern_id]
        if not context.gap_may_deny(text, gap_start, end):
            return False  # the usual case: no negation in the span at all
        last = max(text.rfind(form, gap_start, end) for form in self._gap_last[pattern_id] or ())
        return last > gap_start and context.gap_denies(text, gap_start, last)

    def _begins_other_word(self, text: str, position: int, longer_than: int = 0) -> bool:
        """Return whether a lexicon word of another meaning, longer than `longer_than`, begins at
        `position` ("血压"). A `*` phrase's first part asks for one longer than itself ("被电" of
        "被电动车"): the fewer, longer words are read, as the segmenter reads them ("手指" of
        "手指头", "发现" of "发现在地上" stand)."""
        return any(
            len(word) > longer_than and text.startswith(word, position)
            for word in self._other_words.get(text[position], ())
        )

    def _words(self, text: str, spans: list[tuple[int, int]]) -> segment.Words:
        """Return the segmenter's words of the text, knowing the dictionary words in it."""
        # The rules' own phrases were found already (`spans`); the lexicon's other words in one
        # pass.
        known = [(start, end) for start, end in spans if end - start > 1]
        if self._dictionary:
            known += [(start, end) for _number, start, end in self._dictionary.spans(text)]
        return segment.Words(text, known)

    def _timed_now(
        self, red_rows: list[tuple[list[_Row], int, int, bool, bool]], *, sudden: bool = False
    ) -> set[int]:
        """Return the found phrases whose time must be read: those of a red flag that could fire.

        A red flag fires (now or held back) only when one of its phrases is said as a word of
        its own and not negated (and, if it has any, one of its required words not negated),
        and none of its exceptions is found, or one of its phrases is said in a clause that
        tells a sudden onset and holds none of them (`Hits.fired`, when the complaint is
        `sudden`); the time of the words of the other red flags changes nothing.
        """
        red_rules = self._red_rules
        ids = set()
        phrased: set[int] = set()  # red flags with one of their phrases said
        required: set[int] = set()  # red flags with one of their required words said
        excepted: set[int] = set()  # red flags with one of their exceptions found
        for _rows, _index, pattern_id, part, negated in red_rows:  # the red flags' rows only
            ids.add(pattern_id)
            if not negated:
                excepted.update(self._red_unless[pattern_id])
                if not part:
                    phrased.update(self._red_phrase[pattern_id])
                required.update(self._red_required[pattern_id])
        ready = {
            rule_index
            for rule_index in phrased
            if (rule_index in required or not self.rules[rule_index].needs_requires)
            and (sudden or rule_index not in excepted)
        }
        if not ready:
            return ready
        return {pattern_id for pattern_id in ids if not ready.isdisjoint(red_rules[pattern_id])}

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
        measured = inputs.parse_temperature(temperature)
        raw = to_nfkc(text or "")[:MAX_MATCH_LENGTH]
        if not raw.strip() and measured is None:
            return []
        years = inputs.parse_age(age)
        said_temperature = measured if measured is not None else inputs.temperature_in_text(raw)
        # Normalise, then segment, find concepts and read each mention in its clause.
        normalised = self._correct_spelling(normalise(raw))
        story = context.Story(normalised)
        hits = Hits(self, normalised, *self._found(normalised, story))
        # Age and sex: is the visitor a child; which rules' conditions hold.
        child = hits.says_child() if years is None else years < config.child_age_limit
        fired = self._fire(
            hits,
            age=years,
            sex=normalise_sex(sex),
            temperature=said_temperature,
            child=child,
            story=story,
        )
        # Red flags (rules and vital signs), the fever rule, departments, fallback.
        signs = redflags.vital_signs(normalised, said_temperature, story=story)
        ranked = [
            suggestion
            for suggestion in (
                rank.emergency(fired, signs, normalised, config),
                rank.fever(fired, said_temperature, child, config),
            )
            if suggestion is not None
        ]
        ranked += rank.departments(fired, normalised, config)
        return rank.finish(ranked, fired, child, config)

    def _fire(
        self,
        hits: "Hits",
        *,
        age: int | None,
        sex: str,
        temperature: Decimal | None,
        child: bool,
        story: context.Story | None = None,
    ) -> Fired:
        """Return the rules that fire, whose age, sex and temperature conditions hold."""
        language = script()
        fired = Fired()
        rules = self.rules
        said = hits.fired
        # Strongest rules first: words a stronger rule counted add little from a weaker one.
        for index in sorted(hits.phrased, key=self._rank.__getitem__):
            rule = rules[index]
            spec = rule.spec
            kind = spec.kind
            matched = said(index)
            if matched is None:
                if kind == Kind.RED_FLAG and index in hits.held:
                    held = said(index, held=True)
                    if held is not None:
                        self._hold_back(fired, index, held, language)
                continue
            if kind == Kind.CHILD:
                continue
            if rule.conditional and not self._conditions_hold(spec, age, sex, temperature):
                continue
            names = hits.concepts(index)
            label = self._label(index, language)
            if kind == Kind.RED_FLAG:
                note = rank.concept_note(label, names, self.lexicon, language)
                fired.red_flags.append((spec, Reason(label, matched, note, names)))
            elif kind == Kind.FEVER:
                fired.fever.append((spec, Reason(label, matched, "", names)))
            else:
                redirected = child and bool(spec.child_department)
                code = spec.child_department if redirected else spec.department
                if code is None:
                    continue
                tally = fired.departments.get(code)
                if tally is None:
                    tally = fired.departments[code] = Tally(first=index)
                elif spec.weight <= rank.LAST_RESORT_WEIGHT < tally.best:
                    # A last-resort reading (an organ named) adds nothing where a stronger rule
                    # of the department fired: it never outranks one (`rank.LAST_RESORT_WEIGHT`).
                    continue
                tally.add(spec, index, Reason(label, matched, "", names))
                if redirected and not tally.child_reason:
                    tally.child_reason = True
                    tally.reasons.append(
                        Reason(
                            rule=_("children"),
                            note=_("A child: the children's department sees this."),
                        )
                    )
        if fired.fever and story is not None and story.may_tell_before():
            # A fever's words told only in a clause of the past, the complaint then turning to
            # today ("去年得过登革热，现在办工作签证要体检", "had dengue fever last year, now I am
            # fine"): no fever now, and the fever rule does not send the visitor to the fever
            # clinic (a fever said now, "今天又烧起来", still does).
            fired.fever = [
                (spec, reason)
                for spec, reason in fired.fever
                if not (reason.matched and all(story.told_before(w) for w in reason.matched))
            ]
        emergency = fired.departments.get(self.config.emergency_department)
        if (
            emergency is not None
            and story is not None
            and len(fired.departments) > 1
            and emergency.said
            and all(story.told_before(word) for word in emergency.said)
        ):
            # The emergency department named only as where the visitor went before ("上个月挂急
            # 诊是因为气喘发作，现在好了", "上礼拜挂急诊说是肾结石") asks for no emergency today: the
            # other departments named see the visit's follow-up.
            emergency.score *= rank.TOLD_BEFORE_SHARE
        if len(fired.departments) > 1:
            # A department's words told only in a clause of the past ("去年心梗放过支架，今天是来看
            # 牙的") are read for their time only when the complaint has a word of the past; and
            # those told only as a screen's general claim or a dream ("看电视说胸口疼可能是心梗，…
            # 俺就是这两天咳嗽") only when it has a cue of one.
            told_before = story.told_before if story and story.may_tell_before() else None
            if story is not None and story.tells_hearsay():
                past = told_before
                heard = story.heard_only
                told_before = heard if past is None else (lambda word: past(word) or heard(word))
            if fired.held_back or told_before:
                rank.told_only_as_history(
                    fired,
                    told_before,
                    held_counts=story is None or not story.goes_on_with_its_care(),
                )
        fired.held_back.sort(key=lambda reason: reason.rule)
        return fired

    def _hold_back(self, fired: Fired, index: int, held: tuple[str, ...], language: str) -> None:
        """Note a red flag told as history, a habit or a question (no emergency now)."""
        spec = self.rules[index].spec
        label = self._label(index, language)
        reason = Reason(
            rule=label,
            matched=held,
            note=_(
                "%(rule)s: told as history, a habit or a question, not treated as an emergency now."
            )
            % {"rule": label},
        )
        fired.held_back.append(reason)
        # Its own department (psychiatry for self-harm told as past) still sees it.
        code = spec.department
        if code and code != self.config.emergency_department:
            held_spec = self._held_specs.get(index)
            if held_spec is None:
                held_spec = self._held_specs[index] = rank.held_back(spec)
            tally = fired.departments.get(code)
            if tally is None:
                tally = fired.departments[code] = Tally(first=index)
            tally.add(held_spec, index, Reason(rule=label, matched=held))

    def _label(self, index: int, language: str) -> str:
        """Return the rule's name for the reader, worked out once per rule and script."""
        labels = self._labels.get(language)
        if labels is None:
            labels = self._labels[language] = {}
        label = labels.get(index)
        if label is None:
            label = labels[index] = self.rules[index].spec.label(language)
        return label

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


class Hits:
    """The phrases found in one complaint, by rule and role, with their context applied."""

    def __init__(
        self,
        engine: Engine,
        normalised: str,
        found: dict[int, list[_Row]],
        can_fire: set[int],
    ) -> None:
        self._engine = engine
        self._text = normalised
        # Red flags' own phrases said (not negated, not held back) and their exceptions, with
        # where each stands: an exception cancels a phrase told as a sudden onset only in its
        # own clause (`_said_suddenly`).
        self._red_said_at: dict[int, list[tuple[int, str]]] = {}
        self._red_excepted_at: dict[int, list[int]] = {}
        # rule index -> its mentions by role (phrases, required words, exceptions), each
        # (matched text, negated, held back, pattern id, revivable), for the rules one of whose
        # own phrases was found
        self.rules: dict[int, tuple[_Mentions, _Mentions, _Mentions]] = {}
        # Red flags with a word said now (not negated, not held back): their words held back
        # only as part of a story count again ("一个月了…今天出冷汗").
        self._said_now: set[int] = set()
        # Red flags with a word held back: only they can fire as held back.
        self.held: set[int] = set()
        rules = self.rules
        uses_read = engine._uses_read
        held_rules = self.held
        said_now = self._said_now
        is_time_word = context.is_time_word
        # Only a rule one of whose own phrases was found can fire (`can_fire`, from
        # `Engine._found`): the others' required words and exceptions are not gathered.
        for pattern_id, spans in found.items():
            # The mentions as each kind of use reads them, made once for all the pattern's uses.
            every: _Mentions | None = None  # a required word
            whole: _Mentions | None = None  # a phrase
            for rule_index, role, red, phrase in uses_read[pattern_id]:
                if rule_index not in can_fire:
                    continue
                roles = rules.get(rule_index)
                if roles is None:
                    roles = rules[rule_index] = ([], [], [])
                bucket = roles[role]
                if not red:
                    if phrase:
                        if whole is None:
                            whole = [
                                (normalised[start:end], negated, False, pattern_id, story)
                                for start, end, negated, inside, _n, _m, _w, story in spans
                                if not inside
                            ]
                        bucket += whole
                    else:
                        if every is None:
                            every = [
                                (normalised[start:end], negated, False, pattern_id, story)
                                for start, end, negated, _i, _n, _m, _w, story in spans
                            ]
                        # An exception denied ("nothing sudden", "没有外伤") excepts nothing.
                        bucket += [m for m in every if not m[1]] if role == _UNLESS else every
                    continue
                for start, end, negated, inside, not_now, mild, now, story in spans:
                    if (inside and phrase) or (negated and role == _UNLESS):
                        continue
                    said = normalised[start:end]
                    # A red flag told as history, a habit or a question does not count now;
                    # nor its own words said as mild ("有点喘不过气").
                    held = (not_now or (mild and phrase)) and not negated
                    if held:
                        held_rules.add(rule_index)
                    elif now and not (negated or role == _UNLESS) and not is_time_word(said):
                        said_now.add(rule_index)
                    if role == _UNLESS:
                        self._red_excepted_at.setdefault(rule_index, []).append(start)
                    elif phrase and not (held or negated):
                        self._red_said_at.setdefault(rule_index, []).append((start, said))
                    bucket.append((said, negated, held, pattern_id, story))
        # Only a rule with one of its own phrases said can fire (a required word alone, or an
        # exception, fires nothing).
        self.phrased = [index for index, roles in self.rules.items() if roles[_PHRASE]]

    def fired(self, rule_index: int, *, held: bool = False) -> tuple[str, ...] | None:
        """Return the words that fire the rule; with `held`, count held-back mentions too."""
        roles = self.rules.get(rule_index)
        if not roles:
            return None
        revive = rule_index in self._said_now
        if roles[_UNLESS]:
            phrases = self._said_suddenly(rule_index)
        else:
            phrases = _said(roles[_PHRASE], held, revive)
        if not phrases:
            return None
        if self._engine.rules[rule_index].needs_requires:
            required = _said(roles[_REQUIRES], held, revive)
            if not required:
                return None
            phrases += required
        if len(phrases) == 1:
            return phrases
        # Show the longest words only: "胸口压着疼", not also "胸口压" and "压着疼".
        longest = []
        for p in phrases:
            for q in phrases:
                if p != q and p in q:
                    break
            else:
                longest.append(p)
        return tuple(longest)

    def _said_suddenly(self, rule_index: int) -> tuple[str, ...]:
        """Return a red flag's own words told as a sudden onset now in a clause that holds none
        of its exceptions: an exception said elsewhere in the complaint (a rehabilitation, a
        follow-up) does not cancel a new emergency told as sudden and of today ("中风后一直在做康
        复，今天突然又说不出话了"). A sudden onset with no word of now may be the story of a known
        illness ("孩子突然抽搐，医院诊断为癫痫"). Any other rule with an exception found fires
        nothing."""
        said_at = self._red_said_at.get(rule_index)
        if not said_at:
            return ()
        text = self._text
        excepted_at = self._red_excepted_at.get(rule_index, ())
        said = []
        for start, words in said_at:
            first, last = context.clause_bounds(text, start, start)
            if (
                context.says_sudden(text, first, last)
                and context.says_now(text[first:last])
                and not any(first <= at < last for at in excepted_at)
            ):
                said.append(words)
        return tuple(dict.fromkeys(said))

    def concepts(self, rule_index: int) -> tuple[str, ...]:
        """Return the concepts the rule's words were found as."""
        if not self._engine._names_concepts[rule_index]:
            return ()
        names: dict[str, None] = {}
        revive = rule_index in self._said_now
        patterns = self._engine._patterns
        roles = self.rules[rule_index]
        for mentions in (roles[_PHRASE], roles[_REQUIRES]):
            for _m, negated, back, pattern_id, story in mentions:
                if not negated and (not back or (revive and story)):
                    for name in patterns[pattern_id].concepts:
                        names[name] = None
        return tuple(names)

    def says_child(self) -> bool:
        """Return whether the complaint says the visitor is a child ("宝宝"), age unknown."""
        return any(self.fired(i) for i in self._engine._child_rules & self.rules.keys())


def _said(mentions: _Mentions, held: bool, revive: bool) -> tuple[str, ...]:
    """Return the words of the mentions that count, each once: not negated, and not held back
    (unless `held`, or revived as part of a story told up to now)."""
    if not mentions:
        return ()
    if len(mentions) == 1:  # the usual case
        m, negated, back, _p, story = mentions[0]
        return (m,) if not negated and (held or not back or (revive and story)) else ()
    return tuple(
        dict.fromkeys(
            [
                m
                for m, negated, back, _p, story in mentions
                if not negated and (held or not back or (revive and story))
            ]
        )
    )
