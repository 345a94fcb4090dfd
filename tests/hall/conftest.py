"""The hall's fixtures: walk-ins logged the way the tablet logs them, routed to a department."""

import pytest
from django.utils import timezone

from hospital.models import Department
from reception.models import Visit
from reception.services.visits import visit_log_walkin, visit_transition


@pytest.fixture
def walk_in(desk, guide):
    """Log a walk-in at `desk` (numbered by the real service), routed to `department` if given."""

    def _walk_in(
        *,
        department: str | None = "GI",
        name: str = "",
        purpose: str = Visit.Purpose.SEE_DOCTOR,
        at_desk=None,
        by=None,
    ) -> Visit:
        visit, _created = visit_log_walkin(
            desk=at_desk or desk,
            by=by or guide,
            purpose=purpose,
            chief_complaint="肚子疼",
            name=name,
        )
        if department:
            visit_transition(
                visit=visit,
                to=Visit.Status.ROUTED,
                by=by or guide,
                destination=Department.objects.get(code=department),
                at=timezone.now(),
            )
        return visit

    return _walk_in
