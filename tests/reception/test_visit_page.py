"""The visit page: the whole timeline with who and when, in constant queries."""

import pytest

from handover.services import escort_start, handoff_record
from hospital.models import Department
from reception.models import Visit
from reception.services.visits import visit_close
from tests.reception.factories import VisitFactory
from triage.services import triage_decide

pytestmark = pytest.mark.django_db


def _full_visit(guide) -> Visit:
    visit = VisitFactory(logged_by=guide)
    gi, card = Department.objects.get(code="GI"), Department.objects.get(code="CARD")
    triage_decide(visit=visit, department=gi, urgency="IV", by=guide)
    triage_decide(visit=visit, department=card, urgency="III", by=guide, override_reason="x")
    escort_start(visit=visit, by=guide)
    handoff_record(visit=visit, by=guide, receiver_name="李护士", receiver_role="nurse")
    visit_close(visit=visit, by=guide)
    return visit


def test_timeline_shows_every_step_with_who_and_when(guide_client, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    visit = _full_visit(guide)
    response = guide_client.get(visit.get_absolute_url())
    assert response.status_code == 200
    steps = [str(event["what"]) for event in response.context["timeline"]]
    assert steps == [
        "Arrived and logged",
        "Routed",
        "Re-routed",
        "Escort started",
        "Handed off",
        "Closed",
    ]
    assert all(event.get("who") == guide for event in response.context["timeline"])
    assert "李护士" in response.content.decode()


@pytest.mark.parametrize("size", [10, 40])
def test_visit_page_runs_a_constant_number_of_queries(
    guide_client, guide, make_visits, size, django_assert_max_num_queries
) -> None:
    guide_client.cookies["django_language"] = "en"
    make_visits(size)
    visit = _full_visit(guide)
    guide_client.get(visit.get_absolute_url())
    with django_assert_max_num_queries(14):
        assert guide_client.get(visit.get_absolute_url()).status_code == 200
