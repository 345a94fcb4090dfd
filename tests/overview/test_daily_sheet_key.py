"""The remembered daily sheet's key sees every change to what the sheet shows: a visit of the night
before that was escalated or admitted on the day and then moved to another desk, and a change
that takes a smaller history id than one already committed but commits after it."""

import datetime as dt
import re
import threading
import uuid

import pytest
from django.db import connection, transaction
from django.urls import reverse

from aftercare.models import AdmissionHelp
from hospital.records import save_as
from tests.reception.factories import VisitFactory, at
from tests.triage.factories import EscalationFactory

pytestmark = pytest.mark.django_db

# A day in the past, the records' own day: the clock never moves it.
DAY = dt.date(2025, 6, 10)
NIGHT_BEFORE = DAY - dt.timedelta(days=1)


def _sheet(client, desk) -> str:
    response = client.get(reverse("overview:daily_sheet"), {"date": DAY, "desk": desk.pk})
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


def _escalated(visit, guide) -> str:
    escalation = EscalationFactory(visit=visit, spotted_at=at(DAY, 0, 30), spotted_by=guide)
    return f"<td>{escalation.observation}</td>"


def _admitted(visit, guide) -> str:
    AdmissionHelp.objects.create(
        visit=visit,
        documents_checked=True,
        recorded_at=at(DAY, 0, 30),
        recorded_by=guide,
        form_token=uuid.uuid4(),
    )
    return 'id="sheet-admissions">1<'


@pytest.mark.parametrize("event", [_escalated, _admitted])
def test_a_visit_of_the_night_before_moved_to_another_desk_leaves_the_sheet(
    event, desk, other_desk, guide, supervisor_client
) -> None:
    visit = VisitFactory(desk=desk, arrived_at=at(NIGHT_BEFORE, 23, 40), logged_by=guide)
    shown = event(visit, guide)
    assert shown in _sheet(supervisor_client, desk)
    assert shown in _sheet(supervisor_client, desk)  # remembered

    visit.desk = other_desk
    save_as(visit, guide)
    assert shown not in _sheet(supervisor_client, desk)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_change_committed_after_a_later_one_is_on_the_next_sheet(
    desk, guide, supervisor_client
) -> None:
    """Two visitors renamed at once: the first rename takes the smaller history id but commits
    last. The sheet rendered between the two commits must not be given again after it."""
    first = VisitFactory(desk=desk, arrived_at=at(DAY, 9), logged_by=guide)
    second = VisitFactory(desk=desk, arrived_at=at(DAY, 10), logged_by=guide)
    for visit in (first, second):
        EscalationFactory(visit=visit, spotted_at=at(DAY, 11), spotted_by=guide)
    _sheet(supervisor_client, desk)
    written, commit = threading.Event(), threading.Event()

    def slow_rename() -> None:
        try:
            with transaction.atomic():
                first.visitor.name = "欧阳甲"
                save_as(first.visitor, guide)
                written.set()
                assert commit.wait(10)
        finally:
            connection.close()

    thread = threading.Thread(target=slow_rename)
    thread.start()
    try:
        assert written.wait(10)
        second.visitor.name = "欧阳乙"
        save_as(second.visitor, guide)
        between = _sheet(supervisor_client, desk)
        assert "欧阳乙" in between and "欧阳甲" not in between
    finally:
        commit.set()
        thread.join()
    assert "欧阳甲" in _sheet(supervisor_client, desk)
