"""Simplified to Traditional Chinese as read in Taiwan and Hong Kong: OpenCC's s2twp (phrases
and vocabulary, not only characters), with the reviewed glossary in locale/glossary.tsv winning.

Used for the message catalogue (`make messages`) and for the names an administrator types once
in Simplified Chinese (departments, desks, shifts, checklist lines, keys, equipment).
"""

import functools
import re
from pathlib import Path

import opencc
from django.conf import settings


def glossary_path() -> Path:
    return Path(settings.BASE_DIR) / "locale" / "glossary.tsv"


@functools.cache
def glossary() -> dict[str, str]:
    """Return the hand-written zh-hans -> zh-hant entries (the file's header row left out)."""
    entries: dict[str, str] = {}
    path = glossary_path()
    if not path.exists():
        return entries
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        simplified, traditional, *_ = [*line.split("\t"), ""]
        if simplified and traditional and simplified != "zh-hans":
            entries[simplified.strip()] = traditional.strip()
    return entries


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("s2twp")


@functools.cache
def _glossary_pattern() -> re.Pattern[str] | None:
    terms = sorted(glossary(), key=len, reverse=True)  # the longest term wins: 用户名 over 用户
    return re.compile("|".join(map(re.escape, terms))) if terms else None


def to_traditional(text: str) -> str:
    """Return `text` in Traditional Chinese, glossary terms as written, the rest by s2twp."""
    if not text:
        return text
    pattern = _glossary_pattern()
    convert = _converter().convert
    if pattern is None:
        return convert(text)
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        parts.append(convert(text[last : match.start()]))
        parts.append(glossary()[match.group()])
        last = match.end()
    parts.append(convert(text[last:]))
    return "".join(parts)
