"""The time-based alert rules: what `run_alerts` looks for every minute.

Alerts sits below the records these rules read (escalations, visits, complaints, loans), so the
top floor registers them at start-up (`connect`, called from OverviewConfig.ready). Each rule
returns the conditions that hold now; alerts raises each once and clears the ones that stopped.
"""

from collections.abc import Iterator
from datetime import datetime, timedelta

from django.conf import settings

from alerts.audience import desk_guides, desk_team, managers_of
from alerts.checks import Check, Condition, register_check
from alerts.models import Kind
from complaints.models import Complaint
from handover.models import EquipmentLoan, KeyLoan
from reception.models import Visit
from triage.models import Escalation

# Seed 003 §二(四): the emergency protocol starts within one minute of spotting the change.
TEAM_CALL_LIMIT = timedelta(minutes=1)


def escalations_team_not_called(now: datetime) -> Iterator[Condition]:
    """The open escalations whose team was not called within a minute of the spotting."""
    late = Escalation.objects.filter(
        closed_at__isnull=True,
        team_called_at__isnull=True,
        spotted_at__lte=now - TEAM_CALL_LIMIT,
    ).select_related("visit", "visit__visitor")
    for escalation in late:
        visit = escalation.visit
        yield Condition(
            kind=Kind.ESCALATION_OVERDUE,
            record=visit,
            occurrence=(escalation.pk,),
            audience=desk_team(visit.desk_id),
            desk=visit.desk_id,
            detail=escalation.observation[:300],
        )


def visits_waiting_too_long(now: datetime) -> Iterator[Condition]:
    """The visitors past the re-assess time triage set, and those nobody triaged in time."""
    untriaged_since = now - timedelta(minutes=settings.UNTRIAGED_FLAG_MINUTES)
    past_reassess = Visit.objects.filter(
        status__in=(Visit.Status.WAITING, Visit.Status.ROUTED), reassess_at__lte=now
    ).select_related("visitor")
    for visit in past_reassess:
        assert visit.reassess_at is not None  # the filter says so
        yield Condition(
            kind=Kind.VISIT_REASSESS,
            record=visit,
            # A new re-assess time (triaged again) is a new condition.
            occurrence=(int(visit.reassess_at.timestamp()),),
            audience=desk_guides(visit.desk_id),
            desk=visit.desk_id,
        )
    untriaged = Visit.objects.filter(
        status=Visit.Status.WAITING, reassess_at__isnull=True, arrived_at__lte=untriaged_since
    ).select_related("visitor")
    for visit in untriaged:
        yield Condition(
            kind=Kind.VISIT_UNTRIAGED,
            record=visit,
            audience=desk_guides(visit.desk_id),
            desk=visit.desk_id,
        )


def _next_promise(complaint: Complaint, now: datetime, *, late: bool) -> tuple[str, datetime]:
    """Return which promise the condition is about (first response or final answer) and its
    due time: the one already missed, or the one falling due later today."""
    first = complaint.status == Complaint.Status.RECEIVED
    if first and (complaint.first_response_due < now) == late:
        return "first", complaint.first_response_due
    return "final", complaint.final_answer_due


def complaints_due(now: datetime) -> Iterator[Condition]:
    """The open complaints with a promise due later today or already missed: their
    departments' managers (an escalated one also reaches the patient services centre, by the
    escalation's own rule)."""
    rows = Complaint.objects.prefetch_related("departments")
    for kind, late, complaints in (
        (Kind.COMPLAINT_OVERDUE, True, rows.overdue(now)),
        (Kind.COMPLAINT_DUE_TODAY, False, rows.due_today(now)),
    ):
        for complaint in complaints:
            promise, due = _next_promise(complaint, now, late=late)
            yield Condition(
                kind=kind,
                record=complaint,
                occurrence=(promise, int(due.timestamp())),
                audience=managers_of(complaint.departments.all()),
                desk=complaint.desk_id,
            )


def loans_overdue(now: datetime) -> Iterator[Condition]:
    """Keys (the desk and the shift lead who issued them) and equipment such as escorts'
    wheelchairs (the desk) not back by the time they were due."""
    for loan in KeyLoan.objects.open().filter(due_back_at__lt=now).select_related("key"):
        yield Condition(
            kind=Kind.LOAN_OVERDUE,
            record=loan,
            occurrence=(int(loan.due_back_at.timestamp()),),
            audience=desk_team(loan.key.desk_id),
            desk=loan.key.desk_id,
            detail=str(loan.key),
        )
    for equipment_loan in EquipmentLoan.objects.overdue(now).select_related("equipment"):
        due = equipment_loan.due_back_at
        yield Condition(
            kind=Kind.LOAN_OVERDUE,
            record=equipment_loan,
            occurrence=(int(due.timestamp()) if due else 0,),
            audience=desk_guides(equipment_loan.equipment.desk_id),
            desk=equipment_loan.equipment.desk_id,
            detail=str(equipment_loan.equipment),
        )


def connect() -> None:
    """Register the time-based rules with alerts."""
    # A one-minute deadline and a handful of rows: also checked from the bell's poll.
    register_check(
        Check(
            "escalations",
            (Kind.ESCALATION_OVERDUE,),
            escalations_team_not_called,
            on_poll=True,
        )
    )
    register_check(
        Check("visits", (Kind.VISIT_REASSESS, Kind.VISIT_UNTRIAGED), visits_waiting_too_long)
    )
    register_check(
        Check("complaints", (Kind.COMPLAINT_DUE_TODAY, Kind.COMPLAINT_OVERDUE), complaints_due)
    )
    register_check(Check("loans", (Kind.LOAN_OVERDUE,), loans_overdue))
