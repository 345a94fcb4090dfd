"""The board's poll: 304 Not Modified from one read while nothing changed on the desk, 200 after
any change (a walk-in, a routing, a re-route, an escalation and each of its steps, an escort, a
handoff, a loan and its return, a close, an undo, a hall call)."""

import datetime as dt
from collections.abc import Callable
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hall.services import call_next
from handover.services.equipment import equipment_lend, equipment_return
from handover.services.escorts import escort_start, handoff_record
from hospital import security
from hospital.models import Department, StaffProfile
from reception import kiosk
from reception.models import BoardStamp, Visit
from reception.services.visits import (
    visit_close,
    visit_log_walkin,
    visit_transition,
    visit_undo_close,
)
from tests.handover.factories import EquipmentFactory
from tests.hospital.factories import DeskFactory
from tests.reception.factories import VisitFactory
from triage.services import escalation_open, escalation_record_step, triage_decide

pytestmark = pytest.mark.django_db

URL = "/reception/"
# A fixed minute, so that the clock does not turn between two polls of a test.
NOW = timezone.make_aware(dt.datetime(2026, 3, 2, 9, 30, 5))


@pytest.fixture(autouse=True)
def _frozen():
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        yield


def _poll(client, etag: str | None = None):
    headers = {"HTTP_HX_REQUEST": "true"}
    if etag:
        headers["HTTP_IF_NONE_MATCH"] = etag
    return client.get(URL, **headers)


def test_a_poll_with_nothing_new_is_304_from_one_read(guide_client, desk) -> None:
    VisitFactory(desk=desk, arrived_at=NOW - dt.timedelta(minutes=3))
    first = _poll(guide_client)
    assert first.status_code == 200 and first["ETag"]
    assert "no-store" in first["Cache-Control"]
    with CaptureQueriesContext(connection) as queries:
        again = _poll(guide_client, first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"] and "no-store" in again["Cache-Control"]
    # The session, the user, the roles, the desk and the desk's stamp: one statement in all.
    assert len(queries) == 1 and "reception_boardstamp" in queries[0]["sql"]


def test_the_minute_turning_refreshes_the_times(guide_client, desk) -> None:
    VisitFactory(desk=desk, arrived_at=NOW - dt.timedelta(minutes=3))
    etag = _poll(guide_client)["ETag"]
    with mock.patch("django.utils.timezone.now", return_value=NOW + dt.timedelta(minutes=1)):
        assert _poll(guide_client, etag).status_code == 200


def test_the_full_page_and_the_poll_have_their_own_tags(guide_client, desk) -> None:
    page = guide_client.get(URL)
    assert _poll(guide_client, page["ETag"]).status_code == 200


def test_another_desk_changing_does_not_refresh_this_one(guide_client, desk, other_desk, guide):
    etag = _poll(guide_client)["ETag"]
    VisitFactory(desk=other_desk)
    visit_log_walkin(desk=other_desk, by=guide, purpose=Visit.Purpose.QUESTION)
    assert _poll(guide_client, etag).status_code == 304


def _walkin(visit: Visit, guide, desk) -> None:
    visit_log_walkin(desk=desk, by=guide, purpose=Visit.Purpose.QUESTION)


def _route(visit: Visit, guide, desk) -> None:
    triage_decide(
        visit=visit, department=Department.objects.get(code="GI"), urgency="III", by=guide
    )


def _reroute(visit: Visit, guide, desk) -> None:
    _route(visit, guide, desk)


def _escalation_step(visit: Visit, guide, desk) -> None:
    escalation = visit.escalations.get()
    escalation_record_step(escalation=escalation, step="family_notified_at", by=guide)


def _escalation_opened(visit: Visit, guide, desk) -> None:
    escalation_open(visit=visit, observation="晕倒", by=guide)


def _escort(visit: Visit, guide, desk) -> None:
    escort_start(visit=visit, by=guide)


def _handoff(visit: Visit, guide, desk) -> None:
    handoff_record(visit=visit, by=guide, receiver_name="李护士", receiver_role="nurse")


def _loan(visit: Visit, guide, desk) -> None:
    equipment_lend(equipment=EquipmentFactory(desk=desk), by=guide, visit=visit)


def _loan_returned(visit: Visit, guide, desk) -> None:
    equipment_return(loan=visit.loans.get(), by=guide)


def _call(visit: Visit, guide, desk) -> None:
    call_next(desk=desk, department=Department.objects.get(code="GI"), by=guide)


def _close(visit: Visit, guide, desk) -> None:
    visit_close(visit=visit, by=guide)


def _undo(visit: Visit, guide, desk) -> None:
    visit_undo_close(visit=visit, by=guide)


def _prepare(kind: str, visit: Visit, guide, desk) -> None:
    """Put the visit where the change under test can happen, before the first poll."""
    if kind in ("reroute", "escort"):
        _route(visit, guide, desk)
    elif kind == "handoff":
        _route(visit, guide, desk)
        _escort(visit, guide, desk)
    elif kind == "escalation_step":
        escalation_open(visit=visit, observation="晕倒", by=guide)
    elif kind == "loan_returned":
        _loan(visit, guide, desk)
    elif kind == "undo":
        _close(visit, guide, desk)
    elif kind == "call":
        # A walk-in with a ticket, routed: the one the hall's "Call next" calls.
        ticketed, _created = visit_log_walkin(
            desk=desk, by=guide, purpose=Visit.Purpose.SEE_DOCTOR, chief_complaint="胃疼两天"
        )
        _route(ticketed, guide, desk)


CHANGES: dict[str, Callable[..., None]] = {
    "walkin": _walkin,
    "route": _route,
    "reroute": _reroute,
    "escalation_opened": _escalation_opened,
    "escalation_step": _escalation_step,
    "escort": _escort,
    "handoff": _handoff,
    "loan": _loan,
    "loan_returned": _loan_returned,
    "close": _close,
    "undo": _undo,
    "call": _call,
}


@pytest.mark.parametrize("kind", list(CHANGES))
def test_each_kind_of_change_refreshes_the_poll(guide_client, desk, guide, kind) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide, arrived_at=NOW - dt.timedelta(minutes=3))
    _prepare(kind, visit, guide, desk)
    etag = _poll(guide_client)["ETag"]
    assert _poll(guide_client, etag).status_code == 304
    CHANGES[kind](visit, guide, desk)
    changed = _poll(guide_client, etag)
    assert changed.status_code == 200
    assert _poll(guide_client, changed["ETag"]).status_code == 304


def test_a_status_change_through_the_one_transition_refreshes_the_poll(
    guide_client, desk, guide
) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide, arrived_at=NOW - dt.timedelta(minutes=3))
    etag = _poll(guide_client)["ETag"]
    visit_transition(visit=visit, to=Visit.Status.ROUTED, by=guide)
    assert _poll(guide_client, etag).status_code == 200


def test_the_poll_interval_is_the_setting(guide_client, settings) -> None:
    settings.BOARD_REFRESH_SECONDS = 7
    assert 'hx-trigger="every 7s"' in guide_client.get(URL).content.decode()


# The unchanged poll is answered before the middleware stack (overview.board_poll): whatever
# would stop the stack must stop it too, and the stack then answers as it always did.


def _logged_out(client, guide, desk, clock) -> None:
    client.post("/accounts/logout/")


def _idle(client, guide, desk, clock) -> None:
    clock.advance(minutes=16)


def _shift_over(client, guide, desk, clock) -> None:
    session = client.session
    session[security.LOGGED_IN_AT] = clock() - 13 * 3600
    session.save()


def _locked(client, guide, desk, clock) -> None:
    session = client.session
    session[security.LOCKED] = URL
    session.save()


def _kiosk(client, guide, desk, clock) -> None:
    session = client.session
    session[kiosk.SESSION_KEY] = {"visit": 1}
    session.save()


def _deactivated(client, guide, desk, clock) -> None:
    guide.is_active = False
    guide.save()


def _password_changed(client, guide, desk, clock) -> None:
    guide.set_password("a-new-password-of-the-guide")
    guide.save()


def _no_longer_a_guide(client, guide, desk, clock) -> None:
    guide.groups.clear()


def _desk_closed(client, guide, desk, clock) -> None:
    desk.is_active = False
    desk.save()


def _moved_to_another_desk(client, guide, desk, clock) -> None:
    StaffProfile.objects.filter(user=guide).update(home_desk=DeskFactory(code="east"))


STOPS: dict[str, Callable[..., None]] = {
    "logged_out": _logged_out,
    "idle": _idle,
    "shift_over": _shift_over,
    "locked": _locked,
    "kiosk": _kiosk,
    "deactivated": _deactivated,
    "password_changed": _password_changed,
    "no_longer_a_guide": _no_longer_a_guide,
    "desk_closed": _desk_closed,
    "moved_to_another_desk": _moved_to_another_desk,
}


@pytest.fixture
def clock(monkeypatch):
    from tests.security.test_sessions import Clock

    clock = Clock()
    monkeypatch.setattr(security.time, "time", clock)
    return clock


@pytest.mark.parametrize("stop", list(STOPS))
def test_an_unchanged_poll_is_304_only_while_the_session_may_see_the_board(
    guide_client, guide, desk, clock, stop
) -> None:
    VisitFactory(desk=desk, arrived_at=NOW - dt.timedelta(minutes=3), visitor__name="张三")
    etag = _poll(guide_client)["ETag"]
    assert _poll(guide_client, etag).status_code == 304
    STOPS[stop](guide_client, guide, desk, clock)
    answer = _poll(guide_client, etag)
    assert answer.status_code != 304
    if stop in ("desk_closed", "moved_to_another_desk"):
        assert answer.status_code == 200 and answer["ETag"] != etag
    else:
        assert answer.status_code in (204, 302, 403)
        assert "张三" not in answer.content.decode()


def test_a_tag_naming_another_user_gets_no_304(guide_client, second_guide, desk) -> None:
    etag = _poll(guide_client)["ETag"]
    other = Client()
    other.force_login(second_guide)
    assert _poll(other, etag).status_code == 200
    assert _poll(Client(), etag).status_code != 304


def test_a_poll_after_a_change_shows_the_change_not_the_remembered_rows(
    guide_client, desk, guide
) -> None:
    VisitFactory(desk=desk, arrived_at=NOW - dt.timedelta(minutes=3), visitor__name="张三")
    assert "张三" in guide_client.get(URL).content.decode()  # renders and remembers the rows
    remembered = _poll(guide_client)
    assert "张三" in remembered.content.decode() and "李四" not in remembered.content.decode()
    visit_log_walkin(desk=desk, by=guide, purpose=Visit.Purpose.QUESTION, name="李四")
    changed = _poll(guide_client)
    assert changed["ETag"] != remembered["ETag"] and "李四" in changed.content.decode()


def test_the_stamp_reads_its_count_and_last_change_for_one_desk_and_for_all(
    desk, other_desk
) -> None:
    assert BoardStamp.read(desk.pk) == (0, None)
    earlier = NOW - dt.timedelta(minutes=5)
    BoardStamp.touch(desk.pk, at=earlier)
    BoardStamp.touch(desk.pk, at=NOW)
    BoardStamp.touch(other_desk.pk, at=earlier)
    assert BoardStamp.read(desk.pk) == (2, NOW)
    assert BoardStamp.read(None) == (3, NOW)
    assert timezone.is_aware(BoardStamp.read(None)[1])
