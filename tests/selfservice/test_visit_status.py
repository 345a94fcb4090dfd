"""The visitor's own status page, from the QR code on the ticket slip: their number, where to go,
called or how many ahead, the hotline; no login, no other visitor's data, reloads every 20 s."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hall import tickets
from hall.services import call_next
from hospital.clock import day_bounds
from hospital.models import AccessLog, Department
from reception.models import Visit
from reception.services.visits import visit_log_walkin, visit_transition
from selfservice import services, views
from selfservice.models import STATUS_HOURS_AFTER, Link
from tests.selfservice.factories import LinkFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def walk_in(desk, guide):
    """Log a walk-in at `desk` the way the tablet does, routed to `department` if given."""

    def _walk_in(*, department: str | None = "GI", name: str = "", complaint: str = "肚子疼"):
        visit, _created = visit_log_walkin(
            desk=desk,
            by=guide,
            purpose=Visit.Purpose.SEE_DOCTOR,
            chief_complaint=complaint,
            name=name,
        )
        if department:
            visit_transition(
                visit=visit,
                to=Visit.Status.ROUTED,
                by=guide,
                destination=Department.objects.get(code=department),
                at=timezone.now(),
            )
        return visit

    return _walk_in


@pytest.fixture
def hotline(settings):
    settings.HOSPITAL_PHONE = "010-12345678"
    return settings.HOSPITAL_PHONE


def status_link(visit: Visit, guide) -> Link:
    link = services.status_link(visit=visit, by=guide)
    assert link is not None
    return link


def page(link: Link, lang: str = "en", client: Client | None = None):
    path = reverse("selfservice:visit_status", args=[link.token])
    return (client or Client()).get(f"{path}?lang={lang}")


def test_the_slip_prints_a_qr_code_to_the_visitors_own_status_page(walk_in, guide_client) -> None:
    visit = walk_in()
    assert tickets._status_url == [views.status_url]  # registered at start-up
    html = guide_client.get(reverse("hall:ticket", args=[visit.pk])).content.decode()
    assert 'id="ticket-qr"' in html and 'src="data:image/svg+xml;base64,' in html
    link = Link.objects.get(visit=visit, purpose=Link.Purpose.STATUS)
    assert len(link.token) == views.TOKEN_LENGTH
    guide_client.get(reverse("hall:ticket", args=[visit.pk]))  # a reprint: the same link
    assert Link.objects.filter(visit=visit).count() == 1


def test_no_status_link_without_a_ticket_or_a_staff_member(walk_in, rf) -> None:
    from django.contrib.auth.models import AnonymousUser

    visit = walk_in()
    request = rf.get("/")
    request.user = AnonymousUser()
    assert views.status_url(request, visit) is None
    assert not Link.objects.exists()


def test_the_visitor_sees_number_department_place_in_queue_and_hotline(
    walk_in, guide, hotline
) -> None:
    first, second, third = walk_in(), walk_in(), walk_in()
    walk_in(department="CARD")  # another department's queue does not count
    response = page(status_link(third, guide))
    html = response.content.decode()
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert third.queue_number in html and third.destination.name_en in html
    assert third.destination.location in html
    assert "2 numbers are ahead of you." in html
    assert response["Refresh"] == "20" and 'name="refresh" value="off"' in html
    assert hotline in html and 'lang="en"' in html
    assert "1 number is ahead of you." in page(status_link(second, guide)).content.decode()
    assert "You are next" in page(status_link(first, guide)).content.decode()
    link = Link.objects.get(visit=third, purpose=Link.Purpose.STATUS)
    assert AccessLog.objects.filter(label=f"self-service visit status link {link.pk}").exists()


def test_the_visitor_can_stop_the_updates_and_a_finished_visit_has_none(walk_in, guide) -> None:
    visit = walk_in()
    link = status_link(visit, guide)
    path = reverse("selfservice:visit_status", args=[link.token])
    stopped = Client().get(f"{path}?lang=en&refresh=off")
    assert not stopped.has_header("Refresh")
    assert "Update now and keep updating" in stopped.content.decode()
    Visit.objects.filter(pk=visit.pk).update(
        status=Visit.Status.CLOSED, closed_at=timezone.now() + dt.timedelta(minutes=1)
    )
    done = page(link)
    assert not done.has_header("Refresh") and 'id="ss-refresh"' not in done.content.decode()


def test_the_page_is_in_the_visitors_language(walk_in, guide) -> None:
    visit = walk_in()
    chinese = page(status_link(visit, guide), lang="zh-hans").content.decode()
    assert 'lang="zh-hans"' in chinese and visit.destination.name_zh_hans in chinese
    assert "您是下一位" in chinese and "You are next" not in chinese


def test_a_called_number_shows_the_room_and_the_others_move_up(walk_in, desk, guide) -> None:
    first, second = walk_in(), walk_in()
    call_next(desk=desk, department=first.destination, by=guide, room="3 诊室")
    html = page(status_link(first, guide)).content.decode()
    assert "Your number has been called" in html and "3 诊室" in html
    assert "You are next" in page(status_link(second, guide)).content.decode()


def test_the_visit_sent_on_after_its_call_waits_again(walk_in, desk, guide) -> None:
    visit = walk_in()
    call_next(desk=desk, department=visit.destination, by=guide, room="3 诊室")
    visit.refresh_from_db()
    visit_transition(
        visit=visit,
        to=Visit.Status.ROUTED,
        by=guide,
        destination=Department.objects.get(code="CARD"),
        at=timezone.now() + dt.timedelta(seconds=1),
    )
    html = page(status_link(visit, guide)).content.decode()
    assert "Your number has been called" not in html and "You are next" in html


def test_no_other_visitors_data_is_shown(walk_in, guide) -> None:
    ahead = walk_in(name="张三丰", complaint="胸口闷")
    visit = walk_in(name="李四")
    html = page(status_link(visit, guide)).content.decode()
    assert "张三丰" not in html and "胸口闷" not in html and ahead.queue_number not in html
    assert "李四" not in html and "肚子疼" not in html  # not even the visitor's own record


def test_a_token_of_another_purpose_or_a_wrong_token_is_refused(walk_in, guide) -> None:
    visit = walk_in()
    survey = services.survey_link(visit=visit, by=guide)
    status = status_link(visit, guide)
    assert survey is not None and survey.pk != status.pk  # one link per visit and purpose
    complaint: Link = LinkFactory()  # type: ignore[assignment]
    for token in (survey.token, complaint.token, "x" * views.TOKEN_LENGTH, "short"):
        assert Client().get(reverse("selfservice:visit_status", args=[token])).status_code == 404
    assert Client().get(reverse("selfservice:survey", args=[status.token])).status_code == 404
    assert Client().get(reverse("selfservice:complaint", args=[status.token])).status_code == 404


def test_the_link_ends_a_few_hours_after_the_visit_closes(walk_in, guide, monkeypatch) -> None:
    visit = walk_in()
    link = status_link(visit, guide)
    # Closed on the day it arrived, whatever the clock says: a visit closed after midnight has its
    # link end with the day after's first hours instead (the test below).
    closed = visit.arrived_at
    Visit.objects.filter(pk=visit.pk).update(status=Visit.Status.CLOSED, closed_at=closed)
    link.refresh_from_db()
    assert link.visit is not None
    link.visit.refresh_from_db()
    assert not link.expired(closed + dt.timedelta(hours=STATUS_HOURS_AFTER, seconds=-1))
    assert link.expired(closed + dt.timedelta(hours=STATUS_HOURS_AFTER))
    response = page(link)
    assert response.status_code == 200 and "Your visit at the front desk is finished" in (
        response.content.decode()
    )
    later = closed + dt.timedelta(hours=STATUS_HOURS_AFTER)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = page(link)
    assert response.status_code == 410 and "your visit has ended" in response.content.decode()
    assert services.status_link(visit=link.visit, by=guide) is None  # no QR for a dead link


def test_an_open_visit_keeps_its_link_past_midnight_until_the_day_after_ends(
    walk_in, guide
) -> None:
    visit = walk_in()
    link = status_link(visit, guide)
    _start, day_end = day_bounds(timezone.localdate(visit.arrived_at))
    assert not link.expired(day_end + dt.timedelta(minutes=5))  # 23:55 → 00:05 still waiting
    assert link.expired(day_end + dt.timedelta(hours=STATUS_HOURS_AFTER))


@pytest.mark.parametrize("waiting", [1, 25])
def test_the_page_runs_a_constant_number_of_queries(
    walk_in, guide, waiting, django_assert_num_queries
) -> None:
    visits = [walk_in() for _ in range(waiting)]
    link = status_link(visits[-1], guide)
    client = Client()
    page(link, client=client)  # the session's first write is not the page's
    # The link with its visit, department and call; the count ahead; the access log.
    with django_assert_num_queries(3):
        response = page(link, client=client)
    assert response.status_code == 200


def test_the_staff_visit_page_shows_the_ticket_number(walk_in, guide_client) -> None:
    visit = walk_in()
    html = guide_client.get(visit.get_absolute_url()).content.decode()
    assert 'id="visit-ticket"' in html and visit.queue_number in html
