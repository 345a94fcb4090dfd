"""Who may do what: the rules a role could walk around before, each refused where it lives."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from complaints import services as complaint_services
from complaints.models import Complaint
from handover.models import HandoverSheet, Key
from handover.services import (
    sheet_accept,
    sheet_countersign,
    sheet_sign_out,
    sheet_start,
    sheet_update,
    sheets_countersign_day,
)
from hospital.models import Department
from hospital.roles import Role
from tests.complaints.factories import make_complaint
from tests.handover.factories import ChecklistTemplateFactory, KeyFactory, ShiftFactory
from tests.hospital.factories import StaffProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(settings) -> None:
    """Assert on the English msgids; the zh-hans catalogue is checked by the translations test."""
    settings.LANGUAGE_CODE = "en"


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _accepted_sheet(desk, *, outgoing, incoming) -> HandoverSheet:
    ChecklistTemplateFactory(labels=["台面整洁"])
    shift = ShiftFactory(desk=desk)
    sheet = sheet_start(desk=desk, shift=shift, day=timezone.localdate(), by=outgoing)
    marks = {entry.pk: ("ok", "") for entry in sheet.checklist.all()}
    sheet = sheet_update(
        sheet=sheet, by=outgoing, version=sheet.version, work_log="平稳", incoming=incoming,
        marks=marks,
    )  # fmt: skip
    sheet_sign_out(sheet=sheet, by=outgoing)
    sheet_accept(sheet=sheet, by=incoming)
    sheet.refresh_from_db()
    return sheet


# --- a shift lead countersigning their own sheet ---------------------------------------------


def test_supervisor_cannot_countersign_a_sheet_they_wrote(desk, supervisor, guide) -> None:
    sheet = _accepted_sheet(desk, outgoing=supervisor, incoming=guide)
    with pytest.raises(ValidationError) as error:
        sheet_countersign(sheet=sheet, by=supervisor)
    assert error.value.code == "own_sheet"
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.ACCEPTED
    assert sheet.countersigned_by is None


def test_supervisor_cannot_countersign_a_sheet_they_took_over(desk, supervisor, guide) -> None:
    sheet = _accepted_sheet(desk, outgoing=guide, incoming=supervisor)
    with pytest.raises(ValidationError) as error:
        sheet_countersign(sheet=sheet, by=supervisor)
    assert error.value.code == "own_sheet"


def test_countersign_page_refuses_the_writer_and_another_lead_countersigns(
    desk, supervisor, guide
) -> None:
    sheet = _accepted_sheet(desk, outgoing=supervisor, incoming=guide)
    url = reverse("handover:sheet_countersign", args=[sheet.pk])
    response = _client(supervisor).post(url, {"version": sheet.version}, follow=True)
    assert "another shift lead countersigns it" in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.ACCEPTED

    other_lead = UserFactory(username="lead-2", role=Role.SUPERVISOR)
    StaffProfileFactory(user=other_lead, home_desk=desk)
    _client(other_lead).post(url, {"version": sheet.version})
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.COUNTERSIGNED
    assert sheet.countersigned_by == other_lead


def test_countersigning_the_day_leaves_the_leads_own_sheets(desk, supervisor, guide) -> None:
    sheet = _accepted_sheet(desk, outgoing=supervisor, incoming=guide)
    assert sheets_countersign_day(day=sheet.date, by=supervisor) == 0
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.ACCEPTED


# --- a manager hiding a complaint by taking their department off it ---------------------------


def test_manager_cannot_take_their_own_department_off_a_complaint(manager, guide) -> None:
    complaint = make_complaint(received_by=guide, departments=("GI",))
    with pytest.raises(ValidationError) as error:
        complaint_services.complaint_update(
            complaint=complaint,
            by=manager,
            expected_version=complaint.version,
            changes={},
            departments=[Department.objects.get(code="CARD")],
        )
    assert error.value.error_dict["departments"][0].code == "own_department"
    complaint.refresh_from_db()
    assert list(complaint.departments.values_list("code", flat=True)) == ["GI"]
    assert complaint.version == 1


def test_manager_may_add_a_department_and_the_centre_may_reassign(manager, guide) -> None:
    complaint = make_complaint(received_by=guide, departments=("GI",))
    gi, card = Department.objects.get(code="GI"), Department.objects.get(code="CARD")
    complaint_services.complaint_update(
        complaint=complaint,
        by=manager,
        expected_version=complaint.version,
        changes={},
        departments=[gi, card],
    )
    assert set(complaint.departments.values_list("code", flat=True)) == {"GI", "CARD"}
    centre = UserFactory(username="cs-lead", role=Role.DEPARTMENT_MANAGER)
    Department.objects.get(code="CS").managers.add(centre)
    complaint.refresh_from_db()
    complaint_services.complaint_update(
        complaint=complaint,
        by=centre,
        expected_version=complaint.version,
        changes={},
        departments=[card],
    )
    assert list(complaint.departments.values_list("code", flat=True)) == ["CARD"]


def test_admin_shows_only_the_refusal_when_a_manager_drops_their_department(manager, guide) -> None:
    complaint = make_complaint(received_by=guide, departments=("GI",))
    card = Department.objects.get(code="CARD")
    url = reverse("admin:complaints_complaint_change", args=[complaint.pk])
    form = {
        "complainant_name": complaint.complainant_name,
        "contact": complaint.contact,
        "relation": complaint.relation,
        "visit": "",
        "departments": [card.pk],
        "category": complaint.category,
        "severity": complaint.severity,
        "description": complaint.description,
        "request_text": complaint.request_text,
        "assigned_to": "",
        "root_cause": "",
        "prevention_action": "",
        "seen_version": complaint.version,
    }
    response = _client(manager).post(url, form, follow=True)
    page = response.content.decode()
    assert "You cannot take your own department off a complaint" in page
    assert "was changed successfully" not in page
    complaint.refresh_from_db()
    assert list(complaint.departments.values_list("code", flat=True)) == ["GI"]
    assert complaint.status == Complaint.Status.RECEIVED


# --- keys: what happens to a key goes through the key register -----------------------------------


def test_supervisor_cannot_flip_a_keys_lock_or_copies_in_the_admin(supervisor, desk) -> None:
    key = KeyFactory(desk=desk, copies=2)
    key.lock_change_required = True
    key.save()
    client = _client(supervisor)
    url = reverse("admin:handover_key_change", args=[key.pk])
    page = client.get(url)
    if page.status_code == 403:
        pytest.skip("supervisors do not edit keys in the admin at all")
    client.post(
        url,
        {
            "code": key.code,
            "door": "改过的门",
            "desk": desk.pk,
            "copies": 5,
            "lock_change_required": "",
            "note": "",
        },
    )
    key.refresh_from_db()
    assert key.copies == 2
    assert key.lock_change_required is True


def test_a_keys_old_version_cannot_be_restored_over_the_register(administrator, desk) -> None:
    key = KeyFactory(desk=desk)
    old = key.history.order_by("history_id").first()
    key.lock_change_required = True
    key.save()
    client = _client(administrator)
    url = reverse("admin:handover_key_simple_history", args=[key.pk, old.history_id])
    assert client.get(url).status_code == 200
    assert client.post(url, {"_change_history": "1", "code": key.code}).status_code == 403
    key.refresh_from_db()
    assert key.lock_change_required is True


def test_keys_admin_has_the_counted_fields_read_only(administrator, desk) -> None:
    key = KeyFactory(desk=desk)
    page = _client(administrator).get(reverse("admin:handover_key_change", args=[key.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert 'name="copies"' not in html
    assert 'name="lock_change_required"' not in html
    add = _client(administrator).get(reverse("admin:handover_key_add")).content.decode()
    assert 'name="copies"' in add  # a new key's copies are counted once, here
    assert Key.objects.count() == 1
