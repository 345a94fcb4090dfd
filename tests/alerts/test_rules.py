"""Each rule reaches the people it names, and only those of them who may see its record."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from alerts.audience import Audience, managers_of
from alerts.checks import run_checks
from alerts.models import Alert, Delivery, Kind
from alerts.services import alert_acknowledge, notify
from complaints.services import complaint_acknowledge, complaint_escalate
from handover.services import (
    book_add_entry,
    book_hand_over,
    key_issue,
    key_report_lost,
    key_return,
    sheet_refuse,
    sheet_sign_out,
)
from reception.models import Visit
from tests.complaints.factories import make_complaint
from tests.handover.factories import EquipmentFactory, EquipmentLoanFactory, KeyFactory
from tests.handover.sheets import ready
from tests.hospital.factories import StaffProfileFactory, UserFactory
from tests.reception.factories import VisitFactory
from triage.models import Escalation
from triage.services import escalation_open, escalation_record_step

pytestmark = pytest.mark.django_db


def recipients(kind: str) -> set[str]:
    """Return the usernames the one alert of `kind` was delivered to."""
    alert = Alert.objects.get(kind=kind)
    return set(alert.deliveries.values_list("user__username", flat=True))


def waiting(user) -> int:
    return Delivery.objects.waiting().filter(user=user).count()


def test_an_escalation_reaches_every_guide_at_the_desk_and_the_supervisor(
    desk, guide, second_guide, supervisor, other_guide, security, manager
):
    visit = VisitFactory(desk=desk, logged_by=guide)
    escalation_open(visit=visit, observation="晕倒", by=guide)
    assert recipients(Kind.ESCALATION_OPENED) == {"guide", "guide2", "supervisor"}
    alert = Alert.objects.get()
    assert alert.level == "urgent"
    assert alert.url == visit.get_absolute_url()
    assert alert.detail == "晕倒"
    # A second tap on "Emergency" is the same escalation: still one alert, one delivery each.
    escalation_open(visit=visit, observation="晕倒", by=second_guide)
    assert Alert.objects.count() == 1
    assert Delivery.objects.count() == 3


def test_team_not_called_within_a_minute_alerts_until_it_is_called(desk, guide, supervisor):
    visit = VisitFactory(desk=desk, logged_by=guide)
    escalation = escalation_open(visit=visit, observation="胸痛", by=guide)
    now = timezone.now()
    assert run_checks(now).raised == 0  # within the minute
    later = now + timedelta(seconds=61)
    assert run_checks(later).raised == 1
    assert run_checks(later + timedelta(seconds=60)).raised == 0  # one alert per condition
    assert recipients(Kind.ESCALATION_OVERDUE) == {"guide", "supervisor"}
    escalation_record_step(escalation=escalation, step="team_called_at", by=guide)
    result = run_checks(later + timedelta(seconds=120))
    assert result.cleared == 1
    overdue = Alert.objects.get(kind=Kind.ESCALATION_OVERDUE)
    assert overdue.cleared_at is not None
    assert not Delivery.objects.waiting().filter(alert=overdue).exists()


def test_an_urgent_after_hours_entry_reaches_the_supervisor_at_once(
    desk, guide, security, supervisor
):
    book = book_hand_over(desk=desk, by=guide)
    book_add_entry(book=book, by=security, kind="complaint", text="病房太吵")
    assert not Alert.objects.exists()
    entry = book_add_entry(
        book=book, by=security, kind="complaint", text="家属要求立即见医生", is_urgent=True
    )
    assert recipients(Kind.AFTER_HOURS_URGENT) == {"supervisor"}
    assert Alert.objects.get().object_id == str(entry.pk)


def test_a_lost_key_reaches_security_and_the_supervisor_and_each_must_acknowledge(
    desk, guide, security, supervisor
):
    key = KeyFactory(desk=desk)
    key_issue(
        key=key,
        by=supervisor,
        issued_to="保洁",
        purpose="打扫",
        due_back_at=timezone.now() + timedelta(hours=1),
    )
    key_report_lost(key=key, by=supervisor)
    assert recipients(Kind.KEY_LOST) == {"security", "supervisor"}
    alert = Alert.objects.get()
    alert_acknowledge(alert=alert, by=security)
    alert.refresh_from_db()
    assert alert.acknowledged_at is None  # the supervisor has not yet
    assert waiting(security) == 0 and waiting(supervisor) == 1
    alert_acknowledge(alert=alert, by=supervisor)
    alert.refresh_from_db()
    assert alert.acknowledged_by == supervisor
    assert waiting(supervisor) == 0


def test_visitors_past_reassessment_or_untriaged_alert_their_desk(
    desk, guide, other_guide, supervisor, settings
):
    now = timezone.now()
    settings.UNTRIAGED_FLAG_MINUTES = 10
    late = VisitFactory(desk=desk, logged_by=guide, arrived_at=now - timedelta(minutes=11))
    VisitFactory(desk=desk, logged_by=guide, arrived_at=now - timedelta(minutes=2))
    reassess = VisitFactory(
        desk=desk,
        logged_by=guide,
        status=Visit.Status.ROUTED,
        arrived_at=now - timedelta(minutes=40),
        reassess_at=now - timedelta(minutes=1),
    )
    run_checks(now)
    assert recipients(Kind.VISIT_UNTRIAGED) == {"guide"}
    assert recipients(Kind.VISIT_REASSESS) == {"guide"}
    assert Alert.objects.get(kind=Kind.VISIT_UNTRIAGED).object_id == str(late.pk)
    assert Alert.objects.get(kind=Kind.VISIT_REASSESS).object_id == str(reassess.pk)


def test_an_overdue_complaint_reaches_its_managers_and_not_another_departments(
    desk, guide, manager, other_manager, supervisor
):
    complaint = make_complaint(received_by=guide, desk=desk, departments=("GI",))
    run_checks(complaint.first_response_due + timedelta(minutes=1))
    assert recipients(Kind.COMPLAINT_OVERDUE) == {"manager"}
    # Answered: the condition stops and the alert leaves the manager's bell.
    complaint_acknowledge(complaint=complaint, by=manager, message="已联系患者")
    result = run_checks(complaint.first_response_due + timedelta(minutes=2))
    assert result.cleared == 1
    assert waiting(manager) == 0


def test_a_complaint_due_today_reaches_its_managers(desk, guide, manager, other_manager):
    complaint = make_complaint(received_by=guide, desk=desk, departments=("GI",))
    run_checks(complaint.first_response_due - timedelta(minutes=1))
    assert recipients(Kind.COMPLAINT_DUE_TODAY) == {"manager"}


def test_an_escalated_complaint_reaches_the_patient_services_centre(
    desk, guide, manager, centre_manager, other_manager
):
    complaint = make_complaint(received_by=guide, desk=desk, departments=("GI",))
    complaint_escalate(complaint=complaint, by=manager, reason="科室无法解决")
    assert recipients(Kind.COMPLAINT_ESCALATED) == {"centre-manager"}


def test_an_alert_is_never_delivered_to_someone_who_may_not_see_its_record(
    desk, guide, manager, other_manager
):
    complaint = make_complaint(received_by=guide, desk=desk, departments=("GI",))
    # A rule that named the wrong managers still reaches only those who may read it.
    notify(
        kind=Kind.COMPLAINT_OVERDUE,
        record=complaint,
        audience=managers_of(["GI", "CARD"]),
    )
    assert recipients(Kind.COMPLAINT_OVERDUE) == {"manager"}
    notify(
        kind=Kind.COMPLAINT_ESCALATED,
        record=complaint,
        audience=Audience.of(users=[other_manager]),
    )
    assert recipients(Kind.COMPLAINT_ESCALATED) == set()


def test_a_refused_sheet_reaches_the_supervisor_each_time(
    sheet, second_guide, mark_all, supervisor
):
    sheet = ready(sheet, second_guide, mark_all(sheet))
    sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    sheet_refuse(sheet=sheet, by=second_guide, reason="轮椅少一台")
    assert recipients(Kind.SHEET_REFUSED) == {"supervisor"}
    assert Alert.objects.get().detail == "轮椅少一台"


def test_overdue_loans_alert_the_desk_and_clear_when_returned(desk, guide, supervisor):
    now = timezone.now()
    key = KeyFactory(desk=desk)
    loan = key_issue(
        key=key,
        by=supervisor,
        issued_to="保洁",
        purpose="打扫",
        due_back_at=now + timedelta(hours=1),
    )
    wheelchair = EquipmentLoanFactory(
        equipment=EquipmentFactory(desk=desk), due_back_at=now + timedelta(minutes=30)
    )
    run_checks(now)
    assert not Alert.objects.exists()
    run_checks(now + timedelta(hours=2))
    alerts = Alert.objects.filter(kind=Kind.LOAN_OVERDUE)
    assert {a.object_id for a in alerts} == {str(loan.pk), str(wheelchair.pk)}
    key_alert = alerts.get(object_id=str(loan.pk), detail=str(key))
    assert set(key_alert.deliveries.values_list("user__username", flat=True)) == {
        "guide",
        "supervisor",
    }
    key_return(key=key, loan=loan, by=supervisor)
    run_checks(now + timedelta(hours=2, minutes=1))
    key_alert.refresh_from_db()
    assert key_alert.cleared_at is not None


def test_a_guide_who_starts_at_the_desk_later_gets_a_condition_that_still_holds(
    desk, guide, supervisor, second_guide
):
    visit = VisitFactory(desk=desk, logged_by=guide, arrived_at=timezone.now())
    run_checks(visit.arrived_at + timedelta(minutes=30))
    assert recipients(Kind.VISIT_UNTRIAGED) == {"guide", "guide2"}
    newcomer = UserFactory(username="newcomer", role="guide")
    StaffProfileFactory(user=newcomer, home_desk=desk)
    run_checks(visit.arrived_at + timedelta(minutes=31))
    assert "newcomer" in recipients(Kind.VISIT_UNTRIAGED)


def test_acknowledging_someone_elses_alert_is_refused(desk, guide, other_guide, supervisor):
    visit = VisitFactory(desk=desk, logged_by=guide)
    escalation_open(visit=visit, observation="晕倒", by=guide)
    alert = Alert.objects.get()
    with pytest.raises(ValidationError) as error:
        alert_acknowledge(alert=alert, by=other_guide)
    assert error.value.code == "not_recipient"
    alert.refresh_from_db()
    assert alert.acknowledged_at is None


def test_one_tap_acknowledges_for_everyone_and_a_second_tap_changes_nothing(
    desk, guide, second_guide, supervisor
):
    visit = VisitFactory(desk=desk, logged_by=guide)
    escalation_open(visit=visit, observation="晕倒", by=guide)
    alert = Alert.objects.get()
    alert_acknowledge(alert=alert, by=second_guide)
    alert.refresh_from_db()
    assert (alert.acknowledged_by, alert.acknowledged_at is not None) == (second_guide, True)
    assert waiting(guide) == waiting(supervisor) == waiting(second_guide) == 0
    first = alert.acknowledged_at
    alert_acknowledge(alert=alert, by=second_guide)
    alert_acknowledge(alert=alert, by=guide)
    alert.refresh_from_db()
    assert (alert.acknowledged_by, alert.acknowledged_at) == (second_guide, first)


def test_an_unknown_kind_or_role_is_a_programming_error(desk, guide):
    visit = VisitFactory(desk=desk, logged_by=guide)
    with pytest.raises(ValueError):
        notify(kind="nonsense", record=visit, audience=Audience())
    with pytest.raises(ValueError):
        Audience.of(roles=["janitor"])


def test_the_bell_poll_raises_a_late_team_call_without_waiting_for_cron(
    desk, guide, supervisor, client
):
    cache.delete("alerts:poll-checks")
    VisitFactory(desk=desk, logged_by=guide, arrived_at=timezone.now() - timedelta(minutes=30))
    visit = VisitFactory(desk=desk, logged_by=guide)
    escalation_open(visit=visit, observation="胸痛", by=guide)
    Escalation.objects.update(spotted_at=timezone.now() - timedelta(seconds=70))
    client.force_login(supervisor)
    data = client.get(reverse("alerts:poll")).json()
    assert Alert.objects.filter(kind=Kind.ESCALATION_OVERDUE).exists()
    assert data["urgent"] == 2  # the escalation and its late team call
    # Only the pressing rule runs there: the slower ones wait for cron.
    assert not Alert.objects.filter(kind=Kind.VISIT_UNTRIAGED).exists()
