"""Correct English typos against the rules' own words ("tootache" is "toothache")."""

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

DATA = Path(__file__).resolve().parent / "data"

# The words a typo is looked for in: four letters or more (shorter ones are never corrected).
WORD = re.compile(r"[a-z]{4,}")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Return the everyday English words that are never corrected into a rule's word."""
    lines = (DATA / "common_english.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


class Speller:
    """Correct a word one edit (a swap of neighbours counts once) away from one rule word.

    Words of five letters or more are corrected; four-letter words only for two neighbours
    swapped ("pian" is "pain"). A typo keeps its first letter ("turning" is not "burning"), and a
    word with two equally close candidates is left alone.
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self.vocabulary = frozenset(vocabulary)
        self._by_initial: dict[str, list[str]] = {}
        for word in self.vocabulary:
            self._by_initial.setdefault(word[0], []).append(word)
        self._cache: dict[str, str] = {}
        self._common = common_words()
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
        if word not in self.vocabulary and word not in self._common:
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
