"""Two tablets acting on one visit at the same moment: one wins, the other is refused."""

import pytest
from django.core.exceptions import ValidationError

from handover.models import Escort
from handover.services import escort_start
from hospital.models import Department
from reception.models import Visit
from tests.races import race
from tests.reception.factories import VisitFactory
from triage.models import TriageDecision
from triage.services import triage_decide

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def test_two_guides_routing_the_same_visit_one_wins(desk, guide, second_guide) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide)
    gi, card = Department.objects.get(code="GI"), Department.objects.get(code="CARD")
    results = race(
        lambda: triage_decide(
            visit=visit.pk, department=gi, urgency="III", by=guide, expected_version=1
        ),
        lambda: triage_decide(
            visit=visit.pk, department=card, urgency="II", by=second_guide, expected_version=1
        ),
    )
    refused = [r for r in results if isinstance(r, ValidationError)]
    won = [r for r in results if isinstance(r, TriageDecision)]
    assert len(won) == 1 and len(refused) == 1, results
    assert refused[0].code == "stale"
    visit.refresh_from_db()
    assert visit.version == 2 and visit.destination == won[0].department
    assert TriageDecision.objects.count() == 1


def test_two_guides_escorting_the_same_visit_one_wins(desk, guide, second_guide) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide)
    triage_decide(visit=visit, department=Department.objects.get(code="GI"), urgency="IV", by=guide)
    results = race(
        lambda: escort_start(visit=visit.pk, by=guide, expected_version=2),
        lambda: escort_start(visit=visit.pk, by=second_guide, expected_version=2),
    )
    assert sum(isinstance(r, Escort) for r in results) == 1, results
    assert sum(isinstance(r, ValidationError) for r in results) == 1, results
    assert Escort.objects.count() == 1
    assert Visit.objects.get(pk=visit.pk).status == Visit.Status.ESCORTING
