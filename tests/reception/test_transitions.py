"""Status changes go through one function that refuses illegal and stale moves."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from hospital.models import Department
from reception.models import Visit
from reception.services.visits import visit_transition
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db


def test_routing_a_closed_visit_is_refused_and_changes_nothing(guide) -> None:
    visit = VisitFactory()
    visit_transition(visit=visit, to=Visit.Status.CLOSED, by=guide)
    before = Visit.objects.get(pk=visit.pk)
    with pytest.raises(ValidationError) as refused:
        visit_transition(visit=visit, to=Visit.Status.ROUTED, by=guide)
    assert refused.value.code == "illegal_transition"
    after = Visit.objects.get(pk=visit.pk)
    assert (after.status, after.version, after.routed_at) == (
        before.status,
        before.version,
        before.routed_at,
    )


def test_handing_off_a_visit_never_escorted_is_refused(guide) -> None:
    visit = VisitFactory()
    with pytest.raises(ValidationError) as refused:
        visit_transition(visit=visit, to=Visit.Status.HANDED_OFF, by=guide)
    assert refused.value.code == "illegal_transition"
    assert Visit.objects.get(pk=visit.pk).status == Visit.Status.WAITING


def test_a_stale_version_is_refused(guide) -> None:
    visit = VisitFactory()
    visit_transition(visit=visit, to=Visit.Status.ROUTED, by=guide, expected_version=1)
    with pytest.raises(ValidationError) as refused:
        visit_transition(visit=visit, to=Visit.Status.CLOSED, by=guide, expected_version=1)
    assert refused.value.code == "stale"
    assert Visit.objects.get(pk=visit.pk).status == Visit.Status.ROUTED


def test_a_transition_keeps_the_summary_and_history_current(guide) -> None:
    visit = VisitFactory()
    gi = Department.objects.get(code="GI")
    visit_transition(visit=visit, to=Visit.Status.ROUTED, by=guide, destination=gi, urgency="II")
    visit.refresh_from_db()
    assert (visit.destination, visit.urgency, visit.urgency_rank, visit.version) == (gi, "II", 2, 2)
    assert visit.routed_at is not None
    assert visit.history.first().history_user == guide


def test_left_button_on_a_closed_visit_shows_a_message(guide_client, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    visit = VisitFactory()
    visit_transition(visit=visit, to=Visit.Status.CLOSED, by=guide)
    response = guide_client.post(reverse("reception:visit_left", args=[visit.pk]), follow=True)
    assert "cannot become" in response.content.decode()
    visit.refresh_from_db()
    assert visit.status == Visit.Status.CLOSED


def test_left_and_close_from_the_board(guide_client, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    waiting, routed = VisitFactory(), VisitFactory()
    visit_transition(visit=routed, to=Visit.Status.ROUTED, by=guide)
    guide_client.post(
        reverse("reception:visit_left", args=[waiting.pk]),
        {"version": 1, "next": reverse("overview:board")},
    )
    response = guide_client.post(
        reverse("reception:visit_close", args=[routed.pk]),
        {"version": 2, "next": reverse("overview:board")},
    )
    assert response["Location"] == reverse("overview:board")
    waiting.refresh_from_db()
    routed.refresh_from_db()
    assert (waiting.status, routed.status) == (Visit.Status.LEFT, Visit.Status.CLOSED)
    assert waiting.closed_at and routed.closed_at


def test_a_stale_board_button_is_refused_with_the_current_state(guide_client, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    visit = VisitFactory()
    visit_transition(visit=visit, to=Visit.Status.ROUTED, by=guide)  # the other tablet
    response = guide_client.post(
        reverse("reception:visit_close", args=[visit.pk]),
        {"version": 1, "next": reverse("overview:board")},
        follow=True,
    )
    assert "Someone else changed this visit" in response.content.decode()
    assert response.context["visit"].status == Visit.Status.ROUTED
