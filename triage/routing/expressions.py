"""Read a regular expression's parts: what a text must hold for it to match, and where a match
can begin.

The engine uses both to search less: a `re:` phrase is searched only in a text that holds its
cues (`cues`), and an expression searched over a whole complaint tells the regex engine the
characters its matches begin with (`searched`), so that it looks only where one is instead of
trying every place.
"""

import re
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]  # (read only)
from typing import Any

# What an expression's parts may be: a part that matches nothing (an anchor, a look-around)
# says nothing of the characters a match holds.
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
# A class of more characters than this is no cue worth keeping ("[^|]", "[一-龥]"); a run's
# beginnings are spelled out up to this many strings (then its first characters).
_CUE_CLASS_LIMIT = 256
_CUE_STRINGS_LIMIT = 64
# The strings a part's match begins with, and whether they are the whole match.
_Beginnings = tuple[frozenset[str], bool]
_NOTHING = frozenset([""])  # nothing spelled yet


def cues(expression: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Return sets of strings a text must hold one of each of for `expression` to match in it.

    Each run of parts the expression must match (outside any optional part) begins with one of
    a few strings: "血糖[^|]{0,8}?[0-9]" cannot match a text without 血糖 and a digit, "(?:third|
    2nd) degree" not one without "third degree" or "2nd degree", and the engine then does not
    search it. A part it cannot read (a negated class, a wildcard, case folded) ends a run and
    gives no cue; an expression it cannot parse gives none at all.
    """
    try:
        parsed = _parser.parse(expression.pattern, expression.flags)
    except Exception:  # noqa: BLE001 (a parser of another Python: search the text as before)
        return ()
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    return tuple(_sequence_cues(list(parsed)))


def _sequence_cues(parsed: list) -> list[frozenset[str]]:
    """Return the cues of a sequence of parts: its runs', and those of what a look-around of it
    requires ("^(?=.*?低烧)(?=.*?咳)" cannot match a text without 低烧 and 咳)."""
    found = []
    for op, argument in parsed:
        if op is _constants.ASSERT:  # (ASSERT_NOT requires nothing)
            found.extend(_sequence_cues(list(argument[1])))
    items = [item for item in parsed if item[0] not in _ZERO_WIDTH]
    index = 0
    while index < len(items):
        beginnings, used = _run(items[index:])
        if beginnings:
            found.append(beginnings)
        index += max(used, 1)
    return found


def _run(items: list) -> tuple[frozenset[str] | None, int]:
    """Return the strings a match of the parts from the first on begins with (the fewest that
    say the same: "ab" says no more than "b") and how many parts they spell out."""
    read = _spelled(items)
    if read is None:
        return None, 0
    strings, used = read
    if "" in strings:  # the run may match nothing
        return None, used
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings)), used


def _spelled(items: list) -> tuple[frozenset[str], int] | None:
    """Return the strings a match of the sequence `items` begins with and how many of the parts
    they spell out whole (None: the first part is not known)."""
    strings = _NOTHING
    for used, (op, argument) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        part = _beginnings(op, argument)
        if part is None:
            return None if strings is _NOTHING else (strings, used)
        more, whole = part
        joined = frozenset(s + t for s in strings for t in more)
        if len(joined) > _CUE_STRINGS_LIMIT:
            if "" not in strings:
                return strings, used
            joined = frozenset(said[:1] for said in joined)  # only the first characters, then
            whole = False
        strings = joined
        if not whole:
            return strings, used + 1
    return strings, len(items)


def _beginnings(op: Any, argument: Any) -> _Beginnings | None:
    """Return the strings a match of one parsed part begins with and whether they are the whole
    match (None: not known)."""
    if op is _constants.LITERAL:
        return frozenset(chr(argument)), True
    if op is _constants.IN:
        characters: set[str] = set()
        for item, value in argument:
            if item is _constants.LITERAL:
                characters.add(chr(value))
            elif item is _constants.RANGE and value[1] - value[0] < _CUE_CLASS_LIMIT:
                characters.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a negated class, a category (\d, \w), a long range
                return None
        return frozenset(characters), True
    if op is _constants.SUBPATTERN:
        _group, added, _removed, items = argument
        return None if added & re.IGNORECASE else _whole_sequence(items)
    if op is _constants.ATOMIC_GROUP:
        return _whole_sequence(argument)
    if op is _constants.BRANCH:
        union: set[str] = set()
        every_whole = True
        for alternative in argument[1]:
            read = _whole_sequence(alternative)
            if read is None:
                return None
            union |= read[0]
            every_whole &= read[1]
        return frozenset(union), every_whole
    if op in _REPEATS:
        least, most, items = argument
        read = _whole_sequence(items)
        if read is None:
            return None
        if least == 0:  # optional: the match may begin with what follows
            return read[0] | _NOTHING, read[1] and most == 1
        return read[0], read[1] and least == most == 1
    return None


def _whole_sequence(items: Any) -> _Beginnings | None:
    """Return the strings a match of a sequence begins with and whether they are all of it."""
    items = list(items)
    read = _spelled(items)
    if read is None:
        return None if items else (_NOTHING, True)
    strings, used = read
    return strings, used == len(items)


def first_characters(expression: re.Pattern[str]) -> frozenset[str] | None:
    """Return the characters every match of `expression` begins with (None: not known, or it
    may match nothing). Under IGNORECASE they are the characters as written: matched the same
    way, they stand for their other cases too."""
    try:
        parsed = _parser.parse(expression.pattern, expression.flags)
    except Exception:  # noqa: BLE001 (a parser of another Python: no prefix)
        return None
    if parsed.state.flags & re.VERBOSE:
        return None
    read = _spelled(list(parsed))
    if read is None or "" in read[0]:
        return None
    return frozenset(said[0] for said in read[0])


def _has_prefix(expression: re.Pattern[str]) -> bool:
    """Return whether the regex engine finds a prefix of its own (a literal, or a class or an
    alternative of characters first): it then skips ahead to where one is, faster still."""
    parsed = _parser.parse(expression.pattern, expression.flags)
    return bool(
        _compiler._get_literal_prefix(parsed, expression.flags)[0]
        or _compiler._get_charset_prefix(parsed, expression.flags)
    )


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
# The expressions `searched` compiled, with what they were compiled from (the tests match both).
SEARCHED: list[tuple[re.Pattern[str], str, int]] = []


def searched(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile an expression searched over whole complaints so that the regex engine rules out
    each place by one look at its character.

    A pattern that begins with a word list in a group ("(?:体温|发烧|fever)…") gives Python's
    regex engine no prefix to skip ahead to: it tries every alternative at every place of the text
    (30 µs over 500 characters). A look-ahead of the characters its matches begin with
    (`first_characters`) fails at once where none is (6 µs) and changes no match.
    """
    expression = re.compile(source, flags)
    first = None if _has_prefix(expression) else first_characters(expression)
    if first and not _GLOBAL_FLAGS.match(source):  # (flags set inline must stay first)
        characters = "".join(re.escape(character) for character in sorted(first))
        expression = re.compile(f"(?=[{characters}])(?:{source})", flags)
    SEARCHED.append((expression, source, flags))
    return expression
