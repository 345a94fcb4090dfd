"""The daily sheet is rendered once and remembered, and any change to what it shows is on the
next request: a visit, a sheet, a signature, an escalation, a complaint, a key, the night's book,
after-care, a name."""

import copy
import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from aftercare.models import AdmissionHelp
from handover.models import SheetAddendum, SheetEvent
from handover.services import sheet_start
from hospital.models import Department
from hospital.records import save_as
from hospital.roles import Role
from tests.aftercare.factories import DischargeSendOffFactory
from tests.complaints.factories import make_complaint
from tests.conftest import _staff
from tests.handover.factories import (
    AfterHoursBookFactory,
    AfterHoursEntryFactory,
    ChecklistTemplateFactory,
    KeyFactory,
    KeyLoanFactory,
    ShiftFactory,
)
from tests.hospital.factories import DeskFactory
from tests.reception.factories import InquiryFactory, VisitFactory, at
from tests.triage.factories import EscalationFactory

pytestmark = pytest.mark.django_db

# A day in the past, the records' own day: the clock never moves it.
DAY = dt.date(2025, 6, 10)


def _build_world() -> dict[str, Any]:
    """One desk's day: a sheet, two visits (one escalated), a spare visit, a key loan, a
    complaint and the night's book."""
    desk = DeskFactory(code="main-hall", name="门诊大厅导医台")
    guide = _staff("guide", Role.GUIDE, desk)
    supervisor = _staff("supervisor", Role.SUPERVISOR, desk)
    shift = ShiftFactory(desk=desk)
    ChecklistTemplateFactory()
    gi = Department.objects.get(code="GI")
    visit = VisitFactory(desk=desk, arrived_at=at(DAY, 10), destination=gi, logged_by=guide)
    other = VisitFactory(desk=desk, arrived_at=at(DAY, 11), destination=gi, logged_by=guide)
    spare = VisitFactory(
        desk=desk, arrived_at=at(DAY, 9), destination=gi, logged_by=guide, purpose="admission"
    )
    book = AfterHoursBookFactory(
        desk=desk,
        night_of=DAY - dt.timedelta(days=1),
        handed_over_by=guide,
        handed_over_at=at(DAY - dt.timedelta(days=1), 18),
    )
    client = Client()
    client.force_login(supervisor)
    return {
        "desk": desk,
        "shift": shift,
        "guide": guide,
        "gi": gi,
        "sheet": sheet_start(desk=desk, shift=shift, day=DAY, by=guide),
        "visit": visit,
        "other": other,
        "spare": spare,
        "escalation": EscalationFactory(visit=visit, spotted_at=at(DAY, 10, 5), spotted_by=guide),
        "loan": KeyLoanFactory(
            key=KeyFactory(desk=desk, door="资料室"),
            issued_at=at(DAY, 9),
            issued_by=guide,
        ),
        "complaint": make_complaint(received_at=at(DAY, 14), received_by=guide, desk=desk),
        "book": book,
        "cookies": client.cookies,
    }


@pytest.fixture(scope="module")
def built_world(
    django_db_setup, django_db_blocker, restore_reference_data
) -> Iterator[dict[str, Any]]:
    """Build the day once for this module, in a transaction rolled back after its tests.

    Each test runs in pytest-django's own transaction inside this one, so what a test changes
    is undone before the next starts; `world` hands each test its own copies of the objects.
    """
    with django_db_blocker.unblock():
        restore_reference_data()
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build_world()
        transaction.set_rollback(True)


@pytest.fixture
def world(built_world: dict[str, Any], db: None) -> dict[str, Any]:
    return copy.deepcopy(built_world)


@pytest.fixture
def supervisor_client(world: dict[str, Any]) -> Client:
    """The supervisor, logged in (the same session as built)."""
    client = Client()
    client.cookies = world["cookies"]
    return client


def _sheet(client, desk) -> Any:
    response = client.get(reverse("overview:daily_sheet"), {"date": DAY, "desk": desk.pk})
    assert response.status_code == 200
    return response


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def _body(response) -> str:
    """Return the sheet's HTML without the time it was printed (the minute may turn between two
    requests)."""
    body = _text(response).split('<div class="fd-sheet">', 1)[1]
    return re.sub(r"Printed \d{4}-\d\d-\d\d \d\d:\d\d", "Printed", body)


def _renamed(obj: Any, field: str, value: str) -> Callable[[dict[str, Any]], str]:
    def change(world: dict[str, Any]) -> str:
        record = world[obj] if isinstance(obj, str) else obj(world)
        setattr(record, field, value)
        save_as(record, world["guide"])
        return value

    return change


def _visit_arrives(world: dict[str, Any]) -> str:
    VisitFactory(desk=world["desk"], arrived_at=at(DAY, 15), logged_by=world["guide"])
    return "Visitors: 4"


def _visit_goes_away(world: dict[str, Any]) -> str:
    world["other"].delete()
    return "Visitors: 2"


def _visit_rerouted(world: dict[str, Any]) -> str:
    dentistry = Department.objects.get(code="DENT")
    world["other"].destination = dentistry
    save_as(world["other"], world["guide"])
    return f'<td>{dentistry.name}</td><td class="fd-num">1</td>'


def _checklist_comment(world: dict[str, Any]) -> str:
    entry = world["sheet"].checklist.first()
    entry.comment = "轮椅少一台"
    save_as(entry, world["guide"])
    return "轮椅少一台"


def _signed(world: dict[str, Any]) -> str:
    SheetEvent.objects.create(
        sheet=world["sheet"], kind=SheetEvent.Kind.SIGNED_OUT, by=world["guide"], at=at(DAY, 16)
    )
    return "Signed by the outgoing"


def _addendum(world: dict[str, Any]) -> str:
    SheetAddendum.objects.create(
        sheet=world["sheet"], text="补记：门禁卡已交回", written_by=world["guide"]
    )
    return "补记：门禁卡已交回"


def _team_called(world: dict[str, Any]) -> str:
    escalation = world["escalation"]
    escalation.team_called_at = at(DAY, 10, 7)
    save_as(escalation, world["guide"])
    return "<td>10:07</td>"


def _complaint_received(world: dict[str, Any]) -> str:
    complaint = make_complaint(
        received_at=at(DAY, 15), received_by=world["guide"], desk=world["desk"]
    )
    return complaint.reference


def _key_returned(world: dict[str, Any]) -> str:
    loan = world["loan"]
    loan.returned_at = at(DAY, 12, 34)
    loan.returned_to = world["guide"]
    loan.condition = loan.Condition.GOOD
    save_as(loan, world["guide"])
    return "<td>12:34</td>"


def _night_entry(world: dict[str, Any]) -> str:
    AfterHoursEntryFactory(book=world["book"], text="夜里有人问B超", recorded_by=world["guide"])
    return "夜里有人问B超"


def _admission(world: dict[str, Any]) -> str:
    AdmissionHelp.objects.create(
        visit=world["spare"],
        documents_checked=True,
        recorded_at=at(DAY, 9, 30),
        recorded_by=world["guide"],
        form_token=uuid.uuid4(),
    )
    return 'id="sheet-admissions">1<'


def _send_off(world: dict[str, Any]) -> str:
    DischargeSendOffFactory(desk=world["desk"], recorded_at=at(DAY, 11), recorded_by=world["guide"])
    return 'id="sheet-send-offs">1<'


def _expected_visit(world: dict[str, Any]) -> str:
    InquiryFactory(
        desk=world["desk"],
        expected_visit_on=DAY,
        received_at=at(DAY - dt.timedelta(days=2), 9),
        recorded_by=world["guide"],
    )
    return 'No-show</td> <td class="fd-num">1<'


def _user_renamed(world: dict[str, Any]) -> str:
    guide = world["guide"]
    guide.first_name, guide.last_name = "小明", "王"
    save_as(guide, guide)
    return guide.get_full_name()


@pytest.mark.parametrize(
    "change",
    [
        _visit_arrives,
        _visit_goes_away,
        _visit_rerouted,
        _renamed("sheet", "work_log", "两台轮椅外借"),
        _checklist_comment,
        _signed,
        _addendum,
        _team_called,
        _renamed("escalation", "observation", "胸痛，出冷汗"),
        _renamed(lambda w: w["visit"].visitor, "name", "李四"),
        _complaint_received,
        _renamed("complaint", "description", "候诊时间太长"),
        _key_returned,
        _renamed(lambda w: w["loan"].key, "door", "药库"),
        _night_entry,
        _admission,
        _send_off,
        _expected_visit,
        _renamed("gi", "name_en", "Digestive clinic"),
        _renamed("desk", "name", "西门导医台"),
        _renamed("shift", "name", "小夜班"),
        _user_renamed,
    ],
)
def test_a_change_to_what_the_sheet_shows_is_on_the_next_request(
    change, world, supervisor_client
) -> None:
    first = _sheet(supervisor_client, world["desk"])
    again = _sheet(supervisor_client, world["desk"])
    assert "sections" in first.context and "sections" not in again.context  # remembered
    expected = change(world)
    assert expected not in _text(first)
    assert expected in _text(_sheet(supervisor_client, world["desk"]))


def test_a_remembered_sheet_is_not_gathered_again(
    world, supervisor_client, django_assert_max_num_queries
) -> None:
    first = _body(_sheet(supervisor_client, world["desk"]))
    # The session and user, the desks for the form, the versions: none of the sheet's reads.
    with django_assert_max_num_queries(8):
        again = _body(_sheet(supervisor_client, world["desk"]))
    assert again == first
    assert "Visitors: 3" in again and world["complaint"].reference in again


def test_a_remembered_sheet_says_when_it_was_printed(world, supervisor_client, monkeypatch) -> None:
    _sheet(supervisor_client, world["desk"])
    later = timezone.now() + dt.timedelta(hours=3, minutes=7)
    monkeypatch.setattr(timezone, "now", lambda: later)
    page = _text(_sheet(supervisor_client, world["desk"]))
    assert f"Printed {timezone.localtime(later):%Y-%m-%d %H:%M}" in page


def test_each_desk_language_and_paper_has_its_own_sheet(
    world, other_desk, supervisor_client
) -> None:
    mine = _text(_sheet(supervisor_client, world["desk"]))
    theirs = _text(_sheet(supervisor_client, other_desk))
    assert "Visitors: 3" in mine and "Visitors: 0" in theirs
    supervisor_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hant"
    with translation.override("zh-hant"):
        visitors = gettext("Visitors")
    assert f"{visitors}: 3" in _text(_sheet(supervisor_client, world["desk"]))
    pdf = supervisor_client.get(
        reverse("overview:daily_sheet_pdf"), {"date": DAY, "desk": world["desk"].pk}
    )
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"


def test_the_hospitals_new_name_is_on_the_next_sheet(world, supervisor_client, settings) -> None:
    _sheet(supervisor_client, world["desk"])
    settings.HOSPITAL_NAME, settings.HOSPITAL_NAME_EN = "河畔医院", "Riverside Hospital"
    assert "Riverside Hospital · Daily handover sheet" in _text(
        _sheet(supervisor_client, world["desk"])
    )
