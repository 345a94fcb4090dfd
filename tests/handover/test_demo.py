"""Demo data: shifts, checklist, keys, wheelchairs and a demo day, idempotent."""

import io

import pytest
from django.core.management.color import no_style
from django.utils import timezone

from demo import handover as demo
from demo import hospital as hospital_demo
from handover.models import Equipment, HandoverSheet, Key, KeyLoan, Shift
from reception.models import Visit

pytestmark = pytest.mark.django_db


def _seed() -> None:
    out = io.StringIO()
    hospital_demo.seed(stdout=out, style=no_style())
    demo.seed(stdout=out, style=no_style(), days=0, visits_per_day=0, volume=False)


def test_demo_day_is_idempotent_and_shows_every_step() -> None:
    _seed()
    counts = [m.objects.count() for m in (Shift, Key, Equipment, HandoverSheet, KeyLoan)]
    _seed()
    assert [m.objects.count() for m in (Shift, Key, Equipment, HandoverSheet, KeyLoan)] == counts
    assert set(Shift.objects.values_list("name", flat=True)) == {"早班", "午班", "夜班"}
    assert Equipment.objects.filter(kind="wheelchair").exists()
    statuses = set(HandoverSheet.objects.values_list("status", flat=True))
    assert {"countersigned", "awaiting"} <= statuses
    assert HandoverSheet.objects.filter(events__kind="refused").exists()


def test_the_demo_day_seeded_just_after_midnight_has_no_visit_from_the_future(
    monkeypatch,
) -> None:
    """Seeded at 00:00:05 (CI once ran then), the day's visits arrive between midnight and now:
    none later, so each step after the arrival (a close, a hand-off) keeps its time after it."""
    local = timezone.localtime()
    just_after = local.replace(hour=0, minute=0, second=5, microsecond=0)
    monkeypatch.setattr(timezone, "now", lambda: just_after)
    _seed()
    arrivals = list(Visit.objects.values_list("arrived_at", flat=True))
    assert arrivals and max(arrivals) <= just_after
    assert min(arrivals) >= just_after.replace(second=0)
    assert Visit.objects.filter(status=Visit.Status.CLOSED).exists()
