"""What the desk measured and the visitor said about themselves: temperature, age, sex."""

import re
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

TEMPERATURE_RANGE = (Decimal("30"), Decimal("45"))

# A temperature said in the complaint ("烧到39度", "38.5℃", "体温38度5", "fever of 39") counts
# when none was measured at the desk; "38度5" is said for 38.5.
_TEMPERATURE_IN_TEXT = re.compile(
    r"(?:(?P<a>3[4-9]|4[0-2])(?:\.(?P<ad>\d))?\s*(?:度(?P<ad2>\d)?|°|℃|摄氏度|c\b|degrees?))"
    r"|(?:(?:体温|烧到|烧了|发烧|发热|高烧|temperature|temp|fever of|fever)\D{0,3}?"
    r"(?P<b>3[5-9]|4[0-2])(?:\.(?P<bd>\d)|\s*度(?P<bd2>\d))?"
    # An age, a time or a count after the word is no temperature ("体温正常，35岁").
    r"(?!\d|\s*(?:岁|歲|年|天|个|個|周|月|斤|公斤|次|号|號|楼|樓|kg\b|years?\b|yrs?\b|days?\b|weeks?\b)))"
    # The number before its word, in English ("38.1 temperature", "a 39.2 fever").
    r"|(?:(?<![\d.])(?P<c>3[5-9]|4[0-2])(?:\.(?P<cd>\d))?\s*(?:temperature|temp|fever)\b)",
    re.IGNORECASE,
)
# Every match of `_TEMPERATURE_IN_TEXT` holds one of these (in lower case): a complaint
# without one is not searched (the expression, case-insensitive and beginning with a number or
# a class, is looked for at every character).
_TEMPERATURE_CUES = (
    "度",
    "°",
    "℃",
    "c",
    "体温",
    "烧到",
    "烧了",
    "发烧",
    "发热",
    "高烧",
    "temp",
    "fever",
    "degree",
)


class InvalidTemperature(ValueError):
    """A temperature outside the range a living visitor can have (30–45 °C)."""


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
    if "3" not in raw and "4" not in raw:
        return None  # every temperature it reads is 34–42
    lowered = raw.lower()
    if not any(cue in lowered for cue in _TEMPERATURE_CUES):
        return None
    return highest_temperature_read(raw)


def highest_temperature_read(raw: str) -> Decimal | None:
    """Return the highest temperature `_TEMPERATURE_IN_TEXT` reads in `raw`, searched throughout
    (what `temperature_in_text` gives without its quick checks)."""
    best: Decimal | None = None
    for match in _TEMPERATURE_IN_TEXT.finditer(raw):
        whole = match.group("a") or match.group("b") or match.group("c")
        decimal = (
            match.group("ad")
            or match.group("ad2")
            or match.group("bd")
            or match.group("bd2")
            or match.group("cd")
            or "0"
        )
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


def parse_age(age: Any) -> int | None:
    """Return the age in whole years, or None; refuse a negative age."""
    if age is None:
        return None
    years = int(age)
    if years < 0:
        raise ValueError(_("The age cannot be negative."))
    return years
