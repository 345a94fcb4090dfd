import pytest

from reception.models import Urgency
from tests.reception.factories import VisitFactory


@pytest.fixture
def make_visits(desk, guide):
    """Return a function that creates `n` of today's open visits at the desk."""

    def _make(n: int, **kwargs):
        levels = [Urgency.I, Urgency.II, Urgency.III, Urgency.IV]
        return [
            VisitFactory(desk=desk, logged_by=guide, urgency=levels[i % 4], **kwargs)
            for i in range(n)
        ]

    return _make
