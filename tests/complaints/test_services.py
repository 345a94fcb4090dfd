"""complaint_receive and the lifecycle: one write path, illegal moves refused, clocks right."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from complaints import services
from complaints.models import Complaint, ComplaintEntry
from hospital.records import IllegalTransition
from tests.complaints.factories import at, make_complaint

pytestmark = pytest.mark.django_db


def end_of(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime.combine(dt.date(y, m, d), dt.time.max, tzinfo=at(2025, 1, 1).tzinfo)


def test_receive_gives_a_yearly_reference_and_both_due_dates_across_national_day(guide) -> None:
    first = make_complaint(received_by=guide, received_at=at(2025, 9, 30, 16))
    second = make_complaint(received_by=guide, received_at=at(2025, 10, 3, 9))
    assert first.reference == "TS-2025-000001"
    assert second.reference == "TS-2025-000002"
    assert first.first_response_due == end_of(2025, 10, 9)
    assert first.final_answer_due == end_of(2025, 10, 11)  # the make-up Saturday
    assert second.final_answer_due == end_of(2025, 10, 11)
    assert list(first.departments.values_list("code", flat=True)) == ["GI"]
    assert first.status == Complaint.Status.RECEIVED
    assert first.entries.get().kind == ComplaintEntry.Kind.STATUS


def test_receive_on_make_up_sunday_counts_it_as_a_working_day(guide) -> None:
    complaint = make_complaint(received_by=guide, received_at=at(2025, 9, 26, 15))
    assert complaint.first_response_due == end_of(2025, 9, 28)
    assert complaint.final_answer_due == end_of(2025, 9, 30)


def test_same_form_token_twice_records_one_complaint(guide) -> None:
    import uuid

    token = uuid.uuid4()
    one = make_complaint(received_by=guide, form_token=token)
    two = make_complaint(received_by=guide, form_token=token)
    assert one.pk == two.pk
    assert Complaint.objects.count() == 1


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("contact", {"contact": "call me maybe"}),
        ("received_at", {"received_at": dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)}),
        ("description", {"description": "   "}),
        ("channel", {"channel": "pigeon"}),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(guide, field, kwargs) -> None:
    with pytest.raises(ValidationError) as error:
        make_complaint(received_by=guide, **kwargs)
    assert field in error.value.message_dict
    assert not Complaint.objects.exists()


def test_contact_is_stored_normalised_and_masked(guide) -> None:
    phone = make_complaint(received_by=guide, contact="+86 138 1234 5678")
    email = make_complaint(received_by=guide, contact="Zhao@Example.CN")
    assert phone.contact == "+8613812345678"
    assert phone.masked_contact == "138****5678"
    assert email.contact == "zhao@example.cn"
    assert email.masked_contact == "z***@example.cn"


def test_full_lifecycle_acknowledge_resolve_follow_up_close(guide, manager) -> None:
    complaint = make_complaint(received_by=guide)
    complaint = services.complaint_acknowledge(
        complaint=complaint, by=manager, message="已致电道歉，正在核实。"
    )
    assert complaint.status == Complaint.Status.ACKNOWLEDGED
    assert complaint.first_response_on_time
    complaint = services.complaint_start_investigation(complaint=complaint, by=manager)
    services.complaint_add_entry(
        complaint=complaint, by=manager, kind="evidence", text="调取 10:30 监控录像。"
    )
    complaint = services.complaint_resolve(
        complaint=complaint,
        by=manager,
        answer="已对当事人批评教育并向您致歉。",
        remedy="赠送优先挂号一次",
        root_cause=Complaint.RootCause.STAFF_ATTITUDE,
        prevention_action="窗口服务礼仪培训",
    )
    assert complaint.status == Complaint.Status.RESOLVED
    complaint = services.complaint_follow_up(
        complaint=complaint, by=manager, satisfaction="satisfied", comment="满意"
    )
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.CLOSED
    assert complaint.closed_by == manager
    kinds = list(complaint.entries.values_list("kind", flat=True))
    assert "evidence" in kinds and "told" in kinds and "call" in kinds
    assert complaint.history.count() >= 5


def test_illegal_transitions_are_refused_and_change_nothing(guide, manager) -> None:
    complaint = make_complaint(received_by=guide)
    with pytest.raises(IllegalTransition):
        services.complaint_resolve(complaint=complaint, by=manager, answer="好的")
    with pytest.raises(IllegalTransition):
        services.complaint_follow_up(complaint=complaint, by=manager, satisfaction="satisfied")
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.RECEIVED
    assert complaint.answer == ""


def test_resolution_without_answer_is_refused(guide, manager) -> None:
    complaint = services.complaint_acknowledge(
        complaint=make_complaint(received_by=guide), by=manager
    )
    with pytest.raises(ValidationError) as error:
        services.complaint_resolve(complaint=complaint, by=manager, answer="  ")
    assert "answer" in error.value.message_dict
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.ACKNOWLEDGED


def test_closing_needs_follow_up_or_a_reason(guide, manager) -> None:
    complaint = services.complaint_acknowledge(
        complaint=make_complaint(received_by=guide), by=manager
    )
    complaint = services.complaint_resolve(complaint=complaint, by=manager, answer="已处理")
    with pytest.raises(ValidationError):
        services.complaint_follow_up(complaint=complaint, by=manager)
    complaint = services.complaint_follow_up(
        complaint=complaint, by=manager, no_follow_up_reason="电话三次无人接听"
    )
    assert complaint.status == Complaint.Status.CLOSED


def test_stale_version_is_refused_with_what_changed(guide, manager, other_manager) -> None:
    complaint = make_complaint(received_by=guide)
    seen = complaint.version
    services.complaint_update(
        complaint=complaint,
        by=other_manager,
        expected_version=seen,
        changes={"severity": Complaint.Severity.HIGH},
    )
    with pytest.raises(services.StaleComplaint) as error, translation.override("en"):
        services.complaint_update(
            complaint=complaint,
            by=manager,
            expected_version=seen,
            changes={"category": Complaint.Category.FEES},
        )
    assert any("severity" in line and "High" in line for line in error.value.changes)
    complaint.refresh_from_db()
    assert complaint.severity == Complaint.Severity.HIGH
    assert complaint.category == Complaint.Category.ATTITUDE


def test_overdue_complaints_escalate_on_their_own_and_at_once_in_lists(guide) -> None:
    complaint = make_complaint(received_by=guide, received_at=at(2025, 9, 30, 16))
    later = at(2025, 10, 13, 9)
    assert list(Complaint.objects.escalated(later)) == [complaint]  # before the cron runs
    escalated = services.complaints_escalate_overdue(now=later)
    assert [c.pk for c in escalated] == [complaint.pk]
    complaint.refresh_from_db()
    assert complaint.escalated_at == later and complaint.escalated_by is None
    assert services.complaints_escalate_overdue(now=later) == []


def test_cron_command_escalates_overdue_complaints(guide) -> None:
    from io import StringIO

    from django.core.management import call_command

    complaint = make_complaint(received_by=guide, received_at=at(2025, 9, 30, 16))
    out = StringIO()
    call_command("escalate_overdue_complaints", stdout=out)
    complaint.refresh_from_db()
    assert complaint.escalated_at is not None and complaint.escalated_by is None
    assert complaint.reference in out.getvalue()
    # The timeline says why it was escalated, in whatever language the command ran.
    assert complaint.entries.filter(
        kind=ComplaintEntry.Kind.STATUS, text__contains=complaint.escalation_reason
    ).exists()


def test_the_data_migration_stores_phone_contacts_as_e164() -> None:
    from importlib import import_module

    migration = import_module("complaints.migrations.0003_contacts_e164")
    assert migration._e164("13812345678") == "+8613812345678"
    assert migration._e164("010-12345678") == "+861012345678"
    assert migration._e164("zhao@example.cn") is None
    assert migration._e164("call me maybe") is None
