"""What the desk measured and the visitor said about themselves: temperature, age, sex."""

import re
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from .expressions import searched

TEMPERATURE_RANGE = (Decimal("30"), Decimal("45"))

# A temperature said in the complaint ("烧到39度", "38.5℃", "体温38度5", "fever of 39") counts
# when none was measured at the desk; "38度5" is said for 38.5.
_TEMPERATURE_IN_TEXT = searched(
    r"(?:(?P<a>3[4-9]|4[0-2])(?:\.(?P<ad>\d))?\s*(?:度(?P<ad2>\d)?|°|℃|摄氏度|c\b|degrees?))"
    # 体问 / 体稳 are 体温 typed by its sound (tǐwēn); "temprature" by ear.
    r"|(?:(?:体温|体问|体稳|體問|烧到|烧了|发烧|发热|高烧|temperature|temprature|tempreture|"
    r"tempurature|temperture|temp|fever of|fever)\D{0,3}?"
    r"(?P<b>3[5-9]|4[0-2])(?:\.(?P<bd>\d)|\s*度(?P<bd2>\d))?"
    # An age, a time or a count after the word is no temperature ("体温正常，35岁").
    r"(?!\d|\s*(?:岁|歲|年|天|个|個|周|月|斤|公斤|次|号|號|楼|樓|kg\b|years?\b|yrs?\b|days?\b|weeks?\b)))"
    # The number before its word, in English ("38.1 temperature", "a 39.2 fever").
    r"|(?:(?<![\d.])(?P<c>3[5-9]|4[0-2])(?:\.(?P<cd>\d))?\s*(?:temperature|temp|fever)\b)",
    re.IGNORECASE,
)
# A temperature said in Chinese numerals after its word ("发烧四十一度", "体温三十四度", "體溫得
# 三十九度五"): the word is needed, for "三十几度" alone is as often the weather.
_TEMPERATURE_IN_NUMERALS = searched(
    # 量了 / 探到 / 测到 / 量的 / 量了一下 (measured) before a number of degrees is a reading too
    # ("刚才量了三十八度五", "家里量的三十八度二", "测了下三十九度").
    # "有点烧，三十八度二", "低烧三十七度八": a fever's word of a degree before the reading too.
    r"(?:体温|體溫|烧到|燒到|烧了|燒咗|发烧|發燒|发热|發熱|高烧|高燒|低烧|低燒|有点烧|有點燒|有啲燒|探热|探熱|"
    r"(?:量|测|測|探)(?:了|咗|的|得|到|出来|出|过|過)?(?:一下|下)?)[^0-9一-龥]{0,2}"
    r"(?:得|有|是|到|达|達)?(?P<whole>三十[四五六七八九]|四十[一二]?)度(?P<tenth>[一二三四五六七八九])?"
)
# A temperature in Fahrenheit ("temp 105.8F", "104 degrees F", "a fever of 106"): read in °C.
# Three digits after a fever's word can only be Fahrenheit.
_FAHRENHEIT = searched(
    r"(?<![\d.])(?P<f>9[0-9]|10[0-9])(?:\.(?P<fd>\d))?\s*(?:°\s*f\b|℉|f\b|degrees? f\b|"
    r"degrees? fahrenheit|fahrenheit)|"
    r"\b(?:fever of|temp(?:erature)?(?: of| is| was| at)?)\s*(?P<g>10[0-9])(?:\.(?P<gd>\d))?(?![\d.])",
    re.IGNORECASE,
)
# A reading said in English with a word of reaching, having or measuring, no word of fever
# ("she's at 39.8", "running 38.2 since last night", "it hit 40.1", "I've had 38.9 since
# yesterday", "got 38.4 on the thermometer", "woke up with 38.6"), or in Chinese after a word of measuring ("量了一下
# 38.5", "探热38.7"): only with a tenth, 38.0–42.9, and no unit of something else after it ("at
# 38.5 weeks", "hit 39.5 kg", "had 38.5 hours of labour").
_READING_REACHED = searched(
    r"(?:\b(?:running(?: at)?|at|hit|hitting|reached|reaching|spiked to|spiking at|spiking to|"
    r"went up to|gone up to|up to|had|has had|got|been|measured|measuring|reads?|reading|showed|"
    r"shows|clocked|(?:woke|woken|waking|wake) up with|(?:came|come|coming) down with)\s+|"
    # (量 and 测 of a dose, an amount or a lab test are not: 剂量, 含量, 检测, 监测.)
    r"(?<![数數剂劑含流重质質产產容能音雨销銷总總用检檢监監预預观觀推猜])"
    r"(?:量|测|測|探热|探熱|探)(?:了|咗|到|出来|出|得|过|過|一下|下|吓|嚇)*(?:有|是|係|系|到|得|为|為)?\s*)"
    r"(?P<whole>3[89]|4[0-2])\.(?P<tenth>\d)(?![\d.])"
    r"(?!\s*(?:kg|kilos?|weeks?|wks?|%|percent|lbs?|pounds|years?|yrs?|mmol|minutes?|mins?\b|"
    r"hours?|hrs?|km|miles?|cm|mm|ml|mg|mcg|g\b|units?|dollars?|euros?|quid|bucks|"
    r"元|块|蚊|公斤|斤|周|週|岁|歲|分|秒|小时|小時|米|毫))",
    re.IGNORECASE,
)
# A temperature's word, then a verb or two before the reading ("temp's been 38.6", "my temperature
# was 39.2", "fever has been around 38.4", "temp is still 38.9"): the words between may be only these.
_READING_AFTER_WORD = searched(
    r"\b(?:temps?|temperatures?|fever|thermometer)(?:s|'s)?"
    r"(?:\s+(?:is|was|been|has|had|have|reads?|showed|shows|said|says|stayed|staying|stuck|still|"
    r"now|up|around|about|at|over|above|reached|reaching|hit|hitting|went|gone|to|of|keeps|kept|"
    r"peaked|peaking|sitting|holding|steady|consistently|always|like|between)){1,4}"
    r"\s+(?P<whole>3[5-9]|4[0-2])(?:\.(?P<tenth>\d))?(?![\d.])"
    r"(?!\s*(?:kg|kilos?|weeks?|wks?|%|percent|lbs?|pounds|years?|yrs?|mmol|minutes?|mins?\b|"
    r"hours?|hrs?|km|miles?|cm|mm|ml|g\b|units?|days?|times?|bpm|beats|f\b|°\s*f\b|degrees? f))",
    re.IGNORECASE,
)
_NUMERALS = dict(zip("一二三四五六七八九", range(1, 10), strict=True))
# Every match of `_TEMPERATURE_IN_TEXT` holds one of these (in lower case): a complaint
# without one is not searched (the expression, case-insensitive and beginning with a number or
# a class, is looked for at every character).
_TEMPERATURE_CUES = (
    "度",
    "°",
    "℃",
    "c",
    "体温",
    "体问",
    "体稳",
    "體問",
    "烧到",
    "烧了",
    "发烧",
    "发热",
    "高烧",
    "temp",
    "fever",
    "degree",
    "℉",
    "fahrenheit",
    "at ",
    "running",
    "hit",
    "reach",
    "spik",
    "up to",
    "had",
    "got",
    "been",
    "measur",
    "read",
    "show",
    "clocked",
    "up with",
    "down with",
    "量",
    "测",
    "測",
    "探",
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
    if not any(char in raw for char in "349十") and "10" not in raw:
        return None  # every temperature it reads is 34–42 °C, 90–109 °F or has a 十
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
    for match in _TEMPERATURE_IN_NUMERALS.finditer(raw):
        tens, _ten, ones = match.group("whole").partition("十")
        tenth = _NUMERALS.get(match.group("tenth") or "", 0)
        value = Decimal(f"{_NUMERALS[tens] * 10 + _NUMERALS.get(ones, 0)}.{tenth}")
        if best is None or value > best:
            best = value
    for match in _READING_REACHED.finditer(raw):
        value = Decimal(f"{match.group('whole')}.{match.group('tenth')}")
        if best is None or value > best:
            best = value
    for match in _READING_AFTER_WORD.finditer(raw):
        value = Decimal(f"{match.group('whole')}.{match.group('tenth') or 0}")
        if best is None or value > best:
            best = value
    for match in _FAHRENHEIT.finditer(raw):
        fahrenheit = Decimal(
            f"{match.group('f') or match.group('g')}.{match.group('fd') or match.group('gd') or 0}"
        )
        value = ((fahrenheit - 32) * 5 / 9).quantize(Decimal("0.1"))
        if TEMPERATURE_RANGE[0] <= value <= TEMPERATURE_RANGE[1] and (best is None or value > best):
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
