"""What the engine reads and returns: rules, settings, reasons and suggestions."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import get_language

from hospital.traditional import to_traditional

URGENCY_ORDER = ("I", "II", "III", "IV")


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
    name_zh_hant: str = ""

    def label(self, script: str) -> str:
        """Return the rule's name for the reader: script "en", "hant" or "hans"."""
        return in_script(script, self.name, self.name_zh_hant, self.name_en)


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

    def __init__(
        self,
        rule: str,
        matched: tuple[str, ...] = (),
        note: str = "",
        concepts: tuple[str, ...] = (),
    ) -> None:
        # Frozen, its fields set in the instance's dictionary at once: the generated __init__
        # calls object.__setattr__ per field, and a complaint makes dozens of reasons.
        self.__dict__.update(rule=rule, matched=matched, note=note, concepts=concepts)


@dataclass(frozen=True)
class Suggestion:
    department: str  # Department.code
    urgency: str  # Urgency value: "I" … "IV"
    emergency: bool = False
    score: float = 0.0
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    fallback: bool = False

    def __init__(
        self,
        department: str,
        urgency: str,
        emergency: bool = False,
        score: float = 0.0,
        reasons: tuple[Reason, ...] = (),
        fallback: bool = False,
    ) -> None:
        # Frozen, set at once (see `Reason`): a complaint ranks a score of departments.
        self.__dict__.update(
            department=department,
            urgency=urgency,
            emergency=emergency,
            score=score,
            reasons=reasons,
            fallback=fallback,
        )


def script() -> str:
    """Return how reasons are written for the active language: "en", "hant" or "hans"."""
    language = (get_language() or "zh-hans").lower()
    if language.startswith("en"):
        return "en"
    if language in ("zh-hant", "zh-tw", "zh-hk", "zh-mo"):
        return "hant"
    return "hans"


def in_script(script: str, simplified: str, traditional: str, english: str) -> str:
    """Return a text typed in three columns for the reader (`hospital.localized`'s fallbacks).

    English left empty shows the Chinese; Traditional left empty is converted (s2twp).
    """
    if script == "en":
        return english or simplified
    if script == "hant":
        return traditional or to_traditional(simplified)
    return simplified


def more_urgent(a: str, b: str) -> str:
    """Return the more urgent of two levels ("I" is the most urgent)."""
    return a if URGENCY_ORDER.index(a) <= URGENCY_ORDER.index(b) else b
