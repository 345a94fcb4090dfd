"""Normalise what a visitor says so that one rule matches every way of writing it.

Full-width letters and digits become half-width (NFKC), Traditional Chinese becomes Simplified
(OpenCC, Taiwan phrases to mainland ones), case is folded, every punctuation mark becomes one
clause separator (not a decimal point, the slash of a reading "195/120", nor a list's "、" or "/"),
a Chinese turn ("…的但是…") starts a clause as it does after a comma, and spaces next to Chinese
characters go (Chinese has no spaces; "胸 口 痛" is "胸口痛", "做 CT" is "做ct"), except a space
between two runs of four Chinese characters or more, which a message typed in a hurry puts where
a comma would be ("旧年中风过 而家讲嘢清楚"); a space between English words stays a single space.
"""

import re
import unicodedata
from functools import lru_cache

import opencc

# Complaints longer than this are trimmed for matching; the caller stores them whole.
MAX_MATCH_LENGTH = 500

# The one character every punctuation mark becomes: rules never contain it, so no phrase matches
# across a clause boundary, and the negation check stops there.
CLAUSE = "|"

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(rf"[{_CJK}]")
# Spaces after a Chinese character, then spaces before one: each expression begins with what it
# looks for (a look-behind first would make the regex engine try every position).
_SPACES_AFTER_CJK = re.compile(rf"([{_CJK}])\s+")
_SPACES_BEFORE_CJK = re.compile(rf"\s+(?=[{_CJK}])")
# A space between two runs of four Chinese characters or more ends a clause (the run before it
# matched, not looked behind for: see above).
_SPACE_AS_COMMA = re.compile(rf"([{_CJK}]{{4}})\s+(?=[{_CJK}]{{4}})")
# Only spaces that change: two or more, or one that is not " ".
_MANY_SPACES = re.compile(r"\s{2,}|[^\S ]")
_SPACE = re.compile(r"\s")
_MANY_CLAUSES = re.compile(r"\|{2,}")
# A full stop, not a decimal point (written to start with the full stop: searched fast).
_FULL_STOP = re.compile(r"\.(?:(?<![0-9]\.)|(?![0-9]))")
# A slash between words ("头痛/头晕") lists them as "、" does (one clause: a negation before the
# list covers each); one between numbers stays: "195/120" is one reading.
_SLASH = re.compile(r"/(?:(?<![0-9]/)|(?![0-9]))")
LIST_MARK = "、"
# A Chinese word that turns the sentence starts a clause, as it does after a comma, where a new
# statement follows it: its own subject or a time of its own. "我是来做康复的但是我爸突然右边身子
# 动不了了" is "…的，但是我爸…", the errand's clause and the new emergency's; "我以为是中风可是结果
# 是偏头痛" tells what it turned out to be after the belief; "能走但是很痛" goes on with the same
# subject and stays one clause (a rule's words may span it: "撞到头但是一直吐"). Not 但 inside a
# word ("不但", "但愿", "但凡"), nor the emphatic "这可是", nor 不过 of a verb ("喘不过气"): 不过
# turns only after a sentence's last particle ("好了不过我还疼"). (English turns are read as
# clause ends by `context.with_turns`, in place: English phrases may span them.) Each alternative
# begins with its own character, so that the regex engine looks only where one is; a mark before
# the complaint's first word is stripped with the others.
_NEW_STATEMENT_ZH = (
    "我|你|他|她|佢|咱|俺|孩子|小孩|小朋友|宝宝|bb|儿子|女儿|仔|女|爸|妈|爹|娘|阿|老公|老婆|老伴|"
    "先生|太太|爷|奶|外公|外婆|姥|朋友|同事|邻居|家人|病人|人|医生|大夫|结果|其实|原来|后来|现在|"
    "今天|刚才|刚刚|突然|忽然|这次|这回|今早|今晚|而家|今日|今朝|那|这"
)
_TURN_ZH = re.compile(
    r"(?:但(?<![|不]但)(?![愿凡求])(?:是|系)?|可(?<![|这那]可)是|不(?<=[了的啊呀吧嘛呢啦]不)过)"
    rf"(?={_NEW_STATEMENT_ZH})"
)


# The compatibility characters most complaints hold: full-width punctuation ("，", "？").
_FULL_WIDTH = tuple((char, unicodedata.normalize("NFKC", char)) for char in "，？！：；（）　")


def to_nfkc(text: str) -> str:
    """Return the text in Unicode NFKC (full-width letters, digits and punctuation half-width)."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    # A character replaced by its own NFKC form leaves the text's NFKC as it was: when nothing
    # else is left to do, the text is in NFKC (asking costs less than normalising).
    for char, form in _FULL_WIDTH:
        if char in text:
            text = text.replace(char, form)
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    # Building a converter reads its dictionaries: once per process.
    return opencc.OpenCC("tw2sp")


def _separator_class() -> re.Pattern:
    # Every punctuation mark and symbol of the Basic Multilingual Plane (categories P* and S*:
    # "，", "。", "！", "~", "+", "°", "&"…) except the ones that are spelling: apostrophe,
    # hyphen, full stop, and the list marks "、" and "/" (a list is one clause: "没有头痛、呕吐和
    # 发热" denies all three). Built once, matched in C.
    chars = [
        chr(code)
        for code in range(0x21, 0x10000)
        if unicodedata.category(chr(code))[0] in "PS" and chr(code) not in "'-./、"
    ]
    return re.compile("[" + re.escape("".join(chars)) + "]|[\U00010000-\U0010ffff]")


_SEPARATORS = _separator_class()

# Cantonese characters beyond the Basic Multilingual Plane that the separators would take for
# symbols (emoji are): each written as the common character of the same meaning, so "𠝹咗手腕"
# is "割咗手腕" and "𨋢喺边" is "电梯喺边".
_BEYOND_THE_PLANE = {"𠝹": "割", "𨋢": "电梯"}

# Taiwanese (Hokkien) writes "cannot" as 袂 between a verb and its result ("讲袂清楚" is "讲不清
# 楚", "举袂起来" is "举不起来", "行袂动", "食袂落"): read as 不, so that every rule that says 不 there
# hears it. The sleeve of Mandarin's set words ("联袂", "分袂", "衣袂") stays.
_TAIWANESE_NOT = re.compile(r"(?<![联分衣长掩奋连])袂")

# Cantonese 头先 is "a moment ago" ("阿妈头先话胸口痛", "头先开始好晕"): read as 刚才, so that no
# rule of the head hears 头 in it. Where the head goes first ("头先着地", "头先撞到", "头先出来")
# or hurts first ("头先痛") it stays the head.
_A_MOMENT_AGO = re.compile(r"头先(?![着落撞碰磕栽掉朝向冲出进露伸入痛疼晕昏])")

# A time typed short ("3 yrs ago", "2 wks", "6 mths old"): the words the readings of time know.
_SHORT_UNIT = re.compile(r"(?<=[0-9a-z] )(yr|mth|mnth|wk)(s?)\b")
_SHORT_UNITS = {"yr": "year", "mth": "month", "mnth": "month", "wk": "week"}
# A baby "born three weeks ago" is three weeks old: an age, not a time of the past that would
# tell the fever after it as history ("born 2 weeks ago and has a fever").
_BORN_AGO = re.compile(
    r"\bborn (?:just |only |about |around )?"
    r"((?:[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|"
    r"a couple of)(?: and a half)? (?:days?|weeks?|months?)) ago\b"
)


# A hedge between an English "cannot" and its verb says the same: "can't really feel my legs" is
# "cant feel my legs", "can't even breathe" is "cant breathe" (every rule's words hear it).
_HEDGED_NOT = re.compile(
    r"\b(cant|cannot|couldnt|dont|doesnt|didnt|wont|isnt|arent) "
    r"(?:really|quite|even|actually|properly|fully|totally) "
)


def whole_words(*words: str) -> str:
    r"""Return an expression for any of the English words, each whole (`\bwhere\b`).

    Each is written to begin with its first letter (`w(?<=\bw)here\b`): when every alternative
    of an expression begins with a character, the regex engine looks only where one of them is.
    After its first letter a word may hold an expression ("body temp(?:erature)?").
    """
    return "|".join(rf"{word[0]}(?<=\b{word[0]}){word[1:]}\b" for word in words)


def to_simplified(text: str) -> str:
    """Return the text with Traditional Chinese converted to Simplified."""
    return _converter().convert(text)


def normalise(text: str, *, limit: int | None = MAX_MATCH_LENGTH) -> str:
    """Return the text in the one form rules are matched against (trimmed to `limit`)."""
    text = text or ""
    # The engine normalises (NFKC) before this; asking costs less than doing it again.
    text = to_nfkc(text)
    if limit is not None:
        text = text[:limit]
    if not text.isascii():
        for char, common in _BEYOND_THE_PLANE.items():
            if char in text:
                text = text.replace(char, common)
    text = to_simplified(text).casefold()
    if "𠮶" in text:
        # OpenCC writes Cantonese 嗰 ("that") as 𠮶, beyond the plane: a symbol to the separators,
        # which cut "断咗嗰截" into two clauses.
        text = text.replace("𠮶", "嗰")
    if "袂" in text:
        text = _TAIWANESE_NOT.sub("不", text)
    if "头先" in text:
        text = _A_MOMENT_AGO.sub("刚才", text)
    if "born" in text:
        text = _BORN_AGO.sub(r"\1 old", text)
    if "yr" in text or "mth" in text or "wk" in text or "mnth" in text:
        text = _SHORT_UNIT.sub(lambda unit: _SHORT_UNITS[unit[1]] + unit[2], text)
    # English apostrophes and hyphens inside words ("can't", "check-up") are spelling, not
    # punctuation; a full stop between digits is a decimal point.
    text = text.replace("’", "'").replace("‘", "'")
    if "." in text:
        text = _FULL_STOP.sub(CLAUSE, text)
    if "/" in text:
        text = _SLASH.sub(LIST_MARK, text)
    text = _SEPARATORS.sub(CLAUSE, text)
    text = text.replace("-", " ").replace("'", "")
    if _SPACE.search(text):  # most Chinese complaints have none
        text = tidy_spaces(text)
        text = _HEDGED_NOT.sub(r"\1 ", text)
    if not text.isascii():
        text = _TURN_ZH.sub(CLAUSE + r"\g<0>", text)
    if CLAUSE + CLAUSE in text:
        text = _MANY_CLAUSES.sub(CLAUSE, text)
    return text.strip(f" {CLAUSE}")


def tidy_spaces(text: str) -> str:
    """Return the text without spaces next to Chinese or a clause mark, other runs one space."""
    if _CJK_CHAR.search(text):
        text = _SPACE_AS_COMMA.sub(r"\1" + CLAUSE, text)
        text = _SPACES_BEFORE_CJK.sub("", _SPACES_AFTER_CJK.sub(r"\1", text))
    # Every run of spaces one space, then none next to a clause mark.
    text = _MANY_SPACES.sub(" ", text)
    return text.replace(" " + CLAUSE, CLAUSE).replace(CLAUSE + " ", CLAUSE)


def normalise_phrase(phrase: str) -> str:
    """Return a rule's phrase in the form of `normalise()` (never trimmed)."""
    return normalise(phrase, limit=None)
