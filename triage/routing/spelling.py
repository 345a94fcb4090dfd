"""Correct English typos against the rules' own words ("tootache" is "toothache")."""

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spellchecker import SpellChecker

DATA = Path(__file__).resolve().parent / "data"

# The words a typo is looked for in: four letters or more (shorter ones are never corrected).
WORD = re.compile(r"[a-z]{4,}")
# How often a word must be seen in pyspellchecker's English corpus to be a word of its own, never
# a typo: "waiting", "wedding", "boxes" and "station" (hundreds of thousands to thousands) are
# not "wanting", "welding", "bones" and "statin"; "troat" (50) is still "throat".
KNOWN_AT_LEAST = 100


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Return the everyday English words that are never corrected (common_english.txt)."""
    lines = (DATA / "common_english.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Return the English words that are no typo: pyspellchecker's, seen often enough."""
    frequency = SpellChecker(language="en", distance=1).word_frequency
    return frozenset(word for word, count in frequency.items() if count >= KNOWN_AT_LEAST)


class Speller:
    """Correct a word one edit (a swap of neighbours counts once) away from one rule word.

    Words of five letters or more are corrected; four-letter words only for two neighbours
    swapped ("pian" is "pain"). A typo keeps its first letter ("turning" is not "burning"), and a
    word with two equally close candidates is left alone. A word of the everyday list never
    moves; a word the dictionary knows (`dictionary_words`) is no typo and is only read as the
    rules' form of itself, a last s, t, d or y apart ("record" as "records").
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self.vocabulary = frozenset(vocabulary)
        self._by_initial: dict[str, list[str]] = {}
        for word in self.vocabulary:
            self._by_initial.setdefault(word[0], []).append(word)
        self._cache: dict[str, str] = {}
        self._common = common_words()
        self._dictionary = dictionary_words()
        # Words known to stay as they are (rule words, everyday words, no close rule word).
        self._kept: set[str] = set()

    def correct_text(self, text: str) -> str:
        """Return the normalised text with each English word corrected (`correct`)."""
        if not self.vocabulary:
            return text
        said = set(WORD.findall(text))
        if said <= self._kept:  # the usual case: no word to change (one set test, in C)
            return text
        if all(self.correct(word) == word for word in said):
            return text
        return WORD.sub(lambda match: self.correct(match.group(0)), text)

    def correct(self, word: str) -> str:
        """Return the rule word `word` is a typo of, or `word` itself."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        result = word
        if word in self.vocabulary or word in self._common:
            pass
        elif len(word) >= 5 and word.endswith("in") and f"{word}g" in self.vocabulary:
            # The g dropped in speech ("eatin grapes", "talkin weird", "breathin funny"): the
            # rules' -ing word, though one edit also reaches another ("eaten").
            result = f"{word}g"
        elif word in self._dictionary and f"{word}t" not in self.vocabulary:
            # A word of its own is no typo: it is only read as the rules' form of the same word,
            # with or without a last s, t, d or y ("record" as "records", "sunburnt" as
            # "sunburn", "squeak" as "squeaky").
            forms = [word + end for end in "stdy"] + ([word[:-1]] if word[-1] in "stdy" else [])
            found = [form for form in forms if len(form) >= 5 and form in self.vocabulary]
            if len(word) >= 5 and len(found) == 1:
                result = found[0]
        else:
            # A typo, or a contraction said without its apostrophe ("haven t", "doesn t": the
            # rules' "havent", though its stem is a word too).
            candidates = process.extract(
                word,
                self._by_initial.get(word[0], ()),
                scorer=OSA.distance,
                score_cutoff=1,
                limit=None,
            )
            if len(word) == 4:
                candidates = [c for c in candidates if sorted(c[0]) == sorted(word)]
            elif len(word) < 4:
                candidates = []
            else:
                candidates = [c for c in candidates if len(c[0]) >= 5]
            if len(candidates) == 1:
                result = candidates[0][0]
        if len(self._cache) < 50_000:
            self._cache[word] = result
            if result == word:
                self._kept.add(word)
        return result
