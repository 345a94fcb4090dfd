"""The waiting board: order, colours, desks, htmx refresh, constant queries."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hospital.models import Department
from reception.models import Urgency, Visit
from reception.services.visits import visit_transition
from tests.reception.factories import VisitFactory, VisitorFactory
from triage.models import UrgencyLevel
from triage.services import triage_decide

pytestmark = pytest.mark.django_db

URL = "/reception/"


def _ids(response) -> list[int]:
    return [row["visit"].pk for row in response.context["rows"]]


def test_board_orders_by_urgency_then_waiting_time(guide_client, desk, guide) -> None:
    now = timezone.now()
    late_iv = VisitFactory(desk=desk, urgency=Urgency.IV, arrived_at=now - timedelta(minutes=5))
    early_iv = VisitFactory(desk=desk, urgency=Urgency.IV, arrived_at=now - timedelta(minutes=50))
    ii = VisitFactory(desk=desk, urgency=Urgency.II, arrived_at=now - timedelta(minutes=1))
    response = guide_client.get(URL)
    assert response.status_code == 200
    assert _ids(response) == [ii.pk, early_iv.pk, late_iv.pk]
    assert response.context["rows"][1]["waited"] == 50


def test_board_shows_every_open_visit_of_this_desk_whatever_day_it_came(
    guide_client, supervisor_client, desk, other_desk, guide
) -> None:
    mine = VisitFactory(desk=desk)
    yesterday = VisitFactory(desk=desk, arrived_at=timezone.now() - timedelta(days=1, hours=1))
    VisitFactory(
        desk=desk,
        status=Visit.Status.CLOSED,
        arrived_at=timezone.now() - timedelta(minutes=9),
        closed_at=timezone.now(),
    )
    elsewhere = VisitFactory(desk=other_desk)
    assert _ids(guide_client.get(URL)) == [yesterday.pk, mine.pk]
    all_desks = set(_ids(supervisor_client.get(URL, {"desks": "all"})))
    assert all_desks == {yesterday.pk, mine.pk, elsewhere.pk}


def test_a_visit_past_its_reassess_time_turns_amber(guide_client, desk) -> None:
    now = timezone.now()
    waited = VisitFactory(
        desk=desk,
        urgency=Urgency.III,
        arrived_at=now - timedelta(minutes=31),
        reassess_at=now - timedelta(minutes=1),
    )
    fresh = VisitFactory(
        desk=desk,
        urgency=Urgency.III,
        arrived_at=now - timedelta(minutes=5),
        reassess_at=now + timedelta(minutes=25),
    )
    response = guide_client.get(URL)
    tones = {row["visit"].pk: row["tone"] for row in response.context["rows"]}
    assert tones == {waited.pk: "amber", fresh.pk: ""}
    assert "fd-row-amber" in response.content.decode()


def test_the_reassess_time_is_editable(guide_client, desk, guide) -> None:
    gi = Department.objects.get(code="GI")
    routed_at = timezone.now() - timedelta(minutes=20)
    visit = VisitFactory(desk=desk, arrived_at=routed_at)
    triage_decide(visit=visit, department=gi, urgency=Urgency.IV, by=guide, at=routed_at)
    assert guide_client.get(URL).context["rows"][0]["tone"] == ""
    level = UrgencyLevel.objects.get(code="IV")
    level.reassess_minutes = 15
    level.save()
    triage_decide(visit=visit, department=gi, urgency=Urgency.IV, by=guide, at=routed_at)
    assert guide_client.get(URL).context["rows"][0]["tone"] == "amber"


def test_escalations_are_red_and_priority_visitors_marked(guide_client, desk, guide) -> None:
    visit = VisitFactory(desk=desk, visitor=VisitorFactory(needs=["pregnant"]), is_priority=True)
    visit_transition(visit=visit, to=Visit.Status.ESCALATED, by=guide, urgency=Urgency.I)
    response = guide_client.get(URL)
    html = response.content.decode()
    assert response.context["rows"][0]["tone"] == "red"
    assert "fd-row-red" in html and "fd-priority" in html


def test_htmx_refresh_returns_only_the_rows_and_polls_every_15_seconds(guide_client, desk) -> None:
    VisitFactory(desk=desk)
    full = guide_client.get(URL).content.decode()
    assert 'hx-trigger="every 15s"' in full and "data-fd-autorefresh" in full
    assert "reception-board.js" in full  # the guard that skips a refresh while typing
    partial = guide_client.get(URL, HTTP_HX_REQUEST="true").content.decode()
    assert partial.lstrip().startswith('<div id="board-live"') and "<html" not in partial
    assert 'id="board-rows"' in partial


def test_rows_offer_the_next_step_in_one_tap(guide_client, desk, guide) -> None:
    waiting = VisitFactory(desk=desk)
    routed = VisitFactory(desk=desk)
    visit_transition(visit=routed, to=Visit.Status.ROUTED, by=guide)
    html = guide_client.get(URL).content.decode()
    assert f"/triage/visits/{waiting.pk}/route/" in html
    assert f"/handover/visits/{routed.pk}/escort/" in html
    # The other steps are in the row's one menu, fetched when it is opened.
    menu = guide_client.get(f"/reception/visits/{waiting.pk}/actions/").content.decode()
    assert f"/triage/visits/{waiting.pk}/escalate/" in menu
    assert f"/reception/visits/{waiting.pk}/confirm/left/" in menu


@pytest.mark.parametrize("size", [10, 80])
def test_board_runs_a_constant_number_of_queries(
    guide_client, make_visits, size, django_assert_max_num_queries
) -> None:
    make_visits(size)
    guide_client.get(URL)  # warm the session
    # Session, user, roles, desk, the desk's change stamp, the rows, the header line, the undo
    # strip, the desks to switch to, the departments to filter by, the overdue loans.
    with django_assert_max_num_queries(11):
        response = guide_client.get(URL)
    assert len(response.context["rows"]) == min(size, 60)
    assert response.context["more"] == max(0, size - 60)
