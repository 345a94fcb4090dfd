import datetime as dt

import pytest
from django.utils import timezone

from aftercare.models import PlanTemplate


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    """Return an aware datetime in hospital time."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


@pytest.fixture
def health_check(db) -> PlanTemplate:
    """The shipped plan: 1 week, 1 month, then every quarter for a year."""
    return PlanTemplate.objects.get(code="health-check")


@pytest.fixture
def after_visit(db) -> PlanTemplate:
    return PlanTemplate.objects.get(code="after-visit")
