"""Cut Chinese into words (jieba, with the engine's own lexicon) so phrases match whole words.

A phrase found inside a longer word says something else: "无精" in "无精打采" (listless), "乳头" in
"人乳头瘤病毒" (HPV). jieba's dictionary is the engine's own: the rules' phrases and the
lexicon's words (data/lexicon.json, with the words that contain a rule's phrase but mean
something else). jieba's general dictionary is not loaded: its compounds ("刚才突然", "月经量",
"食物中毒") would hide the words the rules are about.
"""

import logging
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

import jieba

jieba.setLogLevel(logging.WARNING)

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# One character that ends a longer word as a suffix, not as the thing it names ("头" of "骨头").
_SUFFIXES = frozenset("头")
# Words that begin with a one-character part of a `*` phrase and do not mean it: the hair, the
# first time or days, the first child, a headline ("梳头发的时候摔了一跤" is no fall on the head).
# ("头发晕" is the head, dizzy; "头一直流血" the head; Cantonese "头先" is both "just now" and
# "head first": never taken.) Nor is the hand of a dish eaten by hand ("一吃手抓羊肉就…疼").
_NOT_THE_PART = re.compile(
    r"头(?:发(?![晕昏胀紧沉烫热麻木懵蒙疼痛痒涨重])|[一二两几](?:回|次|天|遍|胎|年|个|步)|天|胎|绪|条|等)|"
    r"手抓(?:羊肉|羊排|肉|饭)"
)
# Every word weighs the same: jieba then prefers the fewest, longest words.
_FREQUENCY = 1000
_lock = threading.Lock()
_first = itemgetter(0)
_second = itemgetter(1)


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    # An empty dictionary of our own instead of jieba's general one (see the module's note).
    tokenizer.FREQ = {}
    tokenizer.total = 0
    tokenizer.initialized = True
    return tokenizer


def add_words(words: Iterable[str]) -> set[str]:
    """Teach the segmenter the engine's words (rule phrases, lexicon forms); return them."""
    tokenizer = _tokenizer()
    added: set[str] = set()
    with _lock:
        for word in words:
            for run in _CJK_RUN.findall(word):
                if len(run) > 1:
                    added.add(run)
                    if not tokenizer.FREQ.get(run):
                        tokenizer.add_word(run, freq=_FREQUENCY)
    return added


def cut(run: str) -> list[int]:
    """Return the lengths of the words jieba cuts a run of Chinese characters into."""
    return [len(word) for word in _tokenizer().cut(run, HMM=False)]


def words(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every Chinese word jieba cuts `text` into."""
    spans: list[tuple[int, int]] = []
    for run in _CJK_RUN.finditer(text):
        position = run.start()
        for length in cut(run.group(0)):
            spans.append((position, position + length))
            position += length
    return spans


class Words:
    """The words of one complaint, to ask whether a phrase found in it is a word of its own.

    jieba cuts a run of Chinese only when asked about it, and `known` (the dictionary's words
    found in the text, from the engine's automaton) says when no word of the dictionary could
    split a phrase, so most phrases need no cutting at all.
    """

    def __init__(self, text: str, known: list[tuple[int, int]] | None = None) -> None:
        self._text = text
        self._word_at: dict[int, tuple[int, int]] = {}
        self._cut_runs: set[int] = set()
        self._runs: list[tuple[int, int]] | None = None
        self._known = sorted(known) if known is not None else None
        self._starts = list(map(_first, self._known or ()))
        # The furthest end of the known words up to each one.
        self._reach = list(accumulate(map(_second, self._known or ()), max))

    def _could_split(self, start: int, end: int, opens: bool) -> bool:
        if self._known is None:
            return True
        starts = self._starts
        before = bisect_left(starts, start)
        if before and self._reach[before - 1] > start:
            return True  # a word begins before the phrase and reaches into it
        if opens:
            return False
        # A word that starts where the phrase starts and ends later, or starts inside the
        # phrase, two characters or more before its end, and ends after it.
        known = self._known
        for index in range(before, bisect_right(starts, end - 2, before)):
            if known[index][1] > end:
                return True
        return False

    def _cut(self, position: int) -> None:
        if position in self._word_at:
            return
        if self._runs is None:
            self._runs = [run.span() for run in _CJK_RUN.finditer(self._text)]
        index = bisect_right(self._runs, (position, len(self._text) + 1)) - 1
        if index < 0:
            return
        start, end = self._runs[index]
        if not start <= position < end or start in self._cut_runs:
            return
        self._cut_runs.add(start)
        cursor = start
        word_at = self._word_at
        for length in cut(self._text[start:end]):
            span = (cursor, cursor + length)
            for inside in range(cursor, cursor + length):
                word_at[inside] = span
            cursor += length

    def splits_a_word(self, start: int, end: int, *, opens: bool = False) -> bool:
        """Return whether text[start:end] is only part of one longer word ("无精" of "无精打采").

        With `opens`, only whether it starts inside a word (the first part of a `*` phrase,
        "肚子" of "肚子疼得打滚"). A single character is a hint the rules use inside words ("牙"
        of "牙缝"): never split; but the first part of a `*` phrase of one character must not
        stand in the middle of a word ("头" of "膝头哥" is no head), while one ending a word is
        its head ("血" of "出血止不住").
        """
        if opens and end - start == 1 and _NOT_THE_PART.match(self._text, start):
            return True  # "头" of "头发", "头一回": no head
        if (end - start < 2 and not opens) or not self._could_split(start, end, opens):
            return False
        word_at = self._word_at
        if start not in word_at:
            self._cut(start)
        if end - 1 not in word_at:
            self._cut(end - 1)
        first = self._word_at.get(start)
        last = self._word_at.get(end - 1)
        if first is None or last is None:
            return False
        if opens:
            # 头 ending a word is a suffix, not the head: 指头, 骨头, 膊头, 奶头.
            return first[0] < start and (
                end - start > 1 or first[1] > end or self._text[start] in _SUFFIXES
            )
        # Inside one longer word, starting in the middle of one ("乳头" of "人乳头瘤"), or its
        # last two characters or more beginning a longer word ("没有呼吸" of "没有|呼吸困难"; one
        # character is a complement: "胸口痛" of "胸口|痛得厉害" is whole).
        return (
            (first == last and (first[1] - first[0]) > end - start)
            or first[0] < start
            or (last[0] > start and last[1] > end and end - last[0] >= 2)
        )
