"""Suggest where a visitor should go, and how urgently, from what they say.

The contract every caller relies on (the walk-in flow, the routing screen, the command line):
`suggest(text, *, age=None, sex=None, temperature=None) -> list[Suggestion]`, best first.
An empty list means there was nothing to go on (no text and no temperature). When nothing
matches, the list holds the fallbacks (general practice, patient services) with `fallback=True`.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from reception.models import Urgency

FALLBACK_DEPARTMENTS = ("GP", "CS")


@dataclass(frozen=True)
class Reason:
    """Why a department was suggested: which rule, and which words of the complaint matched."""

    rule: str
    matched: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Suggestion:
    department: str  # Department.code
    urgency: str  # Urgency value: "I" … "IV"
    emergency: bool = False
    score: float = 0.0
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    fallback: bool = False


def suggest(
    text: str,
    *,
    age: int | None = None,
    sex: str | None = None,
    temperature: float | Decimal | None = None,
) -> list[Suggestion]:
    """Return ranked department suggestions for a chief complaint (first version)."""
    text = (text or "").strip()
    if not text and temperature is None:
        return []
    if temperature is not None and float(temperature) >= 37.3 and (age is None or age >= 14):
        return [
            Suggestion(
                department="FEVER",
                urgency=Urgency.III,
                score=1.0,
                reasons=(Reason(rule="fever", note=f"{temperature} °C"),),
            )
        ]
    return [
        Suggestion(department=code, urgency=Urgency.IV, fallback=True)
        for code in FALLBACK_DEPARTMENTS
    ]
