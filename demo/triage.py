"""Triage's demo data for `seed_demo`: the four national urgency levels and their re-assess times.

Today's routing decisions and escalations are steps of the demo walk-ins (`demo.handover`),
taken through `triage.services` as a guide would take them.
"""

from typing import Any

from triage.models import DEFAULT_REASSESS_MINUTES, UrgencyLevel


def seed(*, stdout: Any, style: Any, days: int, visits_per_day: int, volume: bool) -> None:
    """Add any missing urgency level with the national default minutes (idempotent)."""
    added = 0
    for code, minutes in DEFAULT_REASSESS_MINUTES.items():
        _level, created = UrgencyLevel.objects.get_or_create(
            code=code, defaults={"reassess_minutes": minutes}
        )
        added += created
    stdout.write(style.SUCCESS(f"Triage: {added} urgency level(s) added, 4 in place."))
