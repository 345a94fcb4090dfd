"""The one write path of reception: visitors, visits and every change of a visit's status."""

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department, Desk
from hospital.workdays import add_working_days, is_working_day

from .models import (
    FEEDBACK_DIMENSIONS,
    URGENCY_RANK,
    Feedback,
    ImprovementPlan,
    Inquiry,
    Visit,
    Visitor,
)

# --- issue 3: walk-ins and the visit's status ---------------------------------------------------

# Visitors this old get priority even when the guide tapped no need (seed 000 §四⑤).
PRIORITY_AGE = 70

# The summary timestamp each status stamps on the visit (the first time it is reached).
_STATUS_TIMESTAMP = {
    Visit.Status.ROUTED: "routed_at",
    Visit.Status.ESCORTING: "escort_started_at",
    Visit.Status.HANDED_OFF: "handed_off_at",
    Visit.Status.ESCALATED: "escalated_at",
    Visit.Status.CLOSED: "closed_at",
    Visit.Status.LEFT: "closed_at",
}


def _stale_error(visit: Visit) -> ValidationError:
    return ValidationError(
        _(
            "Someone else changed this visit a moment ago: it is now “%(status)s”. "
            "Check the current state below before you try again."
        )
        % {"status": visit.get_status_display()},
        code="stale",
    )


def visit_lock(*, visit: Visit | int, expected_version: int | None = None) -> Visit:
    """Lock the visit's row for this transaction and return it fresh.

    With `expected_version`, refuse when another tablet changed it since the form was shown:
    two guides acting on one visit at once, the second is refused instead of overwriting.
    """
    pk = visit.pk if isinstance(visit, Visit) else visit
    locked = Visit.objects.select_for_update().select_related("visitor").get(pk=pk)
    if expected_version is not None and locked.version != expected_version:
        raise _stale_error(locked)
    return locked


@transaction.atomic
def visit_transition(
    *,
    visit: Visit | int,
    to: str,
    by: Any,
    expected_version: int | None = None,
    destination: Department | None = None,
    urgency: str | None = None,
    at: datetime | None = None,
) -> Visit:
    """Move a visit to status `to`, keeping its summary current; the only way a status changes.

    Refuse an illegal move (routing a closed visit, handing off a visit never escorted) or a stale
    one (`expected_version` no longer current) with a ValidationError that says why; nothing
    changes then. Triage and handover call this inside their own transaction.
    """
    locked = visit_lock(visit=visit, expected_version=expected_version)
    if not locked.can_move_to(to):
        raise ValidationError(
            _("A visit that is “%(current)s” cannot become “%(new)s”.")
            % {
                "current": locked.get_status_display(),
                "new": Visit.Status(to).label,
            },
            code="illegal_transition",
        )
    now = at or timezone.now()
    locked.status = to
    field = _STATUS_TIMESTAMP.get(to)
    if field and (getattr(locked, field) is None or to == Visit.Status.ROUTED):
        setattr(locked, field, now)
    if destination is not None:
        locked.destination = destination
    if urgency is not None:
        locked.urgency = urgency
        locked.urgency_rank = URGENCY_RANK[urgency]
    locked.version += 1
    locked._history_user = by
    locked.save()
    if isinstance(visit, Visit):
        # Let the caller's object see what was saved.
        visit.__dict__.update({k: v for k, v in locked.__dict__.items() if not k.startswith("_")})
    return locked


def birth_year_from_age(age: int | None, *, today: date | None = None) -> int | None:
    if age is None:
        return None
    return (today or timezone.localdate()).year - age


def _priority(needs: list[str], age: int | None) -> bool:
    return bool(Visitor.PRIORITY_NEEDS.intersection(needs)) or (
        age is not None and age >= PRIORITY_AGE
    )


@transaction.atomic
def visit_log_walkin(
    *,
    desk: Desk,
    by: Any,
    idempotency_key: uuid.UUID,
    purpose: str,
    chief_complaint: str = "",
    temperature: Decimal | None = None,
    arrived_at: datetime | None = None,
    visitor: Visitor | None = None,
    name: str = "",
    phone: str = "",
    sex: str = Visitor.Sex.UNKNOWN,
    age: int | None = None,
    needs: list[str] | None = None,
    source: str = "",
) -> tuple[Visit, bool]:
    """Log a walk-in and return (visit, created).

    The same `idempotency_key` twice (a double tap, a reload after saving) returns the first visit
    and creates nothing. An existing `visitor` (a returning visitor the guide confirmed) is
    reused and brought up to date; otherwise a new visitor is created.
    """
    existing = Visit.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing, False
    needs = list(dict.fromkeys(needs or []))
    try:
        with transaction.atomic():
            if visitor is None:
                visitor = Visitor(
                    name=name,
                    phone=phone,
                    sex=sex,
                    birth_year=birth_year_from_age(age),
                    needs=needs,
                    source=source,
                )
            else:
                visitor = Visitor.objects.select_for_update().get(pk=visitor.pk)
                visitor.name = name or visitor.name
                visitor.phone = phone or visitor.phone
                if sex != Visitor.Sex.UNKNOWN:
                    visitor.sex = sex
                if age is not None:
                    visitor.birth_year = birth_year_from_age(age)
                visitor.needs = needs
                visitor.source = source or visitor.source
            visitor._history_user = by
            visitor.save()
            if age is None and visitor.birth_year:
                age = timezone.localdate().year - visitor.birth_year
            visit = Visit(
                visitor=visitor,
                desk=desk,
                arrived_at=arrived_at or timezone.now(),
                logged_by=by,
                purpose=purpose,
                chief_complaint=chief_complaint,
                temperature=temperature,
                is_priority=_priority(needs, age),
                idempotency_key=idempotency_key,
            )
            visit._history_user = by
            visit.save()
    except IntegrityError:
        # The other tap of a double tap won the race for the token: return its visit.
        visit = Visit.objects.filter(idempotency_key=idempotency_key).first()
        if visit is None:
            raise
        return visit, False
    return visit, True


def visit_mark_left(*, visit: Visit | int, by: Any, expected_version: int | None = None) -> Visit:
    """Record that the visitor left without being seen."""
    return visit_transition(
        visit=visit, to=Visit.Status.LEFT, by=by, expected_version=expected_version
    )


def visit_close(*, visit: Visit | int, by: Any, expected_version: int | None = None) -> Visit:
    """Close a visit whose visitor has been served."""
    return visit_transition(
        visit=visit, to=Visit.Status.CLOSED, by=by, expected_version=expected_version
    )


# --- end issue 3 ---------------------------------------------------------------------------------


# --- Inquiries and callbacks (issue 7) ------------------------------------------------------------

# After this the security desk holds the phones (DESIGN: after-hours log from 18:00 to 08:00), so
# what comes in later lands on the next working day's list (seed 003: within 1 working day).
DESK_CLOSES = datetime.strptime("18:00", "%H:%M").time()


def inquiry_work_day(at: datetime) -> date:
    """Return the working day whose list an inquiry received at `at` belongs on."""
    local = timezone.localtime(at)
    if is_working_day(local.date()) and local.time() < DESK_CLOSES:
        return local.date()
    return add_working_days(at, 1).date()


def callback_due_date(*, work_day: date, working_days: int) -> date:
    """Return the day a callback is due `working_days` after the inquiry's working day."""
    noon = timezone.make_aware(datetime.combine(work_day, datetime.min.time().replace(hour=12)))
    return add_working_days(noon, working_days).date()


def _find_by_key(model: type, key: uuid.UUID | None) -> Any:
    return model.objects.filter(idempotency_key=key).first() if key else None


@transaction.atomic
def inquiry_record(
    *,
    desk: Desk,
    recorded_by: Any,
    channel: str,
    question: str = "",
    phone: str = "",
    caller_name: str = "",
    topic: str = Inquiry.Topic.OTHER,
    answer: str = "",
    outcome: str = Inquiry.Outcome.ANSWERED,
    transferred_to: Department | None = None,
    transferred_to_person: str = "",
    callback_in_working_days: int | None = None,
    callback_due_on: date | None = None,
    rang_at: datetime | None = None,
    answered_at: datetime | None = None,
    expected_visit_on: date | None = None,
    idempotency_key: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Inquiry:
    """Record a question put in person or by phone; a missed call becomes a callback.

    The same form token twice (a double tap, a reload) returns the inquiry already saved.
    """
    existing = _find_by_key(Inquiry, idempotency_key)
    if existing is not None:
        return existing
    now = now or timezone.now()
    question = question.strip()
    if channel == Inquiry.Channel.MISSED:
        # Nobody spoke to the caller: ring them back, the same working day if the desk is open.
        outcome, answered_at = Inquiry.Outcome.CALLBACK, None
    elif not question:
        raise ValidationError(
            {"question": _("Write down what they asked, even in a few words.")}, code="required"
        )
    if channel in Inquiry.PHONE_CHANNELS:
        rang_at = rang_at or now
        if channel != Inquiry.Channel.MISSED:
            answered_at = answered_at or rang_at
        received_at = rang_at
    else:
        rang_at = answered_at = None
        received_at = now
    if answered_at and rang_at and answered_at < rang_at:
        raise ValidationError(
            {"answered_at": _("The call cannot be answered before it rang.")}, code="order"
        )
    work_day = inquiry_work_day(received_at)
    if outcome == Inquiry.Outcome.TRANSFERRED and transferred_to is None:
        raise ValidationError(
            {"transferred_to": _("Choose the department it was transferred to.")},
            code="required",
        )
    if outcome != Inquiry.Outcome.TRANSFERRED:
        transferred_to, transferred_to_person = None, ""
    if outcome == Inquiry.Outcome.CALLBACK:
        if callback_due_on is None:
            callback_due_on = callback_due_date(
                work_day=work_day, working_days=callback_in_working_days or 0
            )
        if callback_due_on < timezone.localdate(now):
            raise ValidationError(
                {"callback_due_on": _("The callback date is in the past: choose today or later.")},
                code="past",
            )
    else:
        callback_due_on = None
    try:
        with transaction.atomic():
            return Inquiry.objects.create(
                desk=desk,
                channel=channel,
                phone=phone,
                caller_name=caller_name.strip(),
                topic=topic,
                question=question,
                answer=answer.strip(),
                outcome=outcome,
                transferred_to=transferred_to,
                transferred_to_person=transferred_to_person.strip(),
                received_at=received_at,
                rang_at=rang_at,
                answered_at=answered_at,
                work_day=work_day,
                expected_visit_on=expected_visit_on,
                callback_due_on=callback_due_on,
                recorded_by=recorded_by,
                idempotency_key=idempotency_key or uuid.uuid4(),
            )
    except IntegrityError:
        # Two identical submissions raced past the look-up: keep the one that won.
        existing = _find_by_key(Inquiry, idempotency_key)
        if existing is None:
            raise
        return existing


@transaction.atomic
def inquiry_complete_callback(
    *,
    inquiry: Inquiry | int,
    by: Any,
    result: str,
    expected_version: int | None = None,
    expected_visit_on: date | None = None,
    now: datetime | None = None,
) -> Inquiry:
    """Mark a callback done with what the caller was told; a second guide is refused."""
    pk = inquiry.pk if isinstance(inquiry, Inquiry) else inquiry
    locked = Inquiry.objects.select_for_update().get(pk=pk)
    if not locked.is_open_callback or (
        expected_version is not None and locked.version != expected_version
    ):
        raise ValidationError(
            _("Someone else already dealt with this callback. Check the list before you go on."),
            code="stale",
        )
    result = result.strip()
    if not result:
        raise ValidationError(
            {"result": _("Write down what came of the call, e.g. no answer or answered.")},
            code="required",
        )
    locked.callback_done_at = now or timezone.now()
    locked.callback_done_by = by
    locked.callback_result = result
    if expected_visit_on is not None:
        locked.expected_visit_on = expected_visit_on
    locked.version += 1
    locked.save()
    return locked


# --- Exit feedback and improvement plans (issue 7) ----------------------------------------------


def _duplicate_feedback_error() -> ValidationError:
    return ValidationError(
        {"visit": _("This visit already has its feedback: one submission per visit.")},
        code="duplicate",
    )


@transaction.atomic
def feedback_submit(
    *,
    desk: Desk,
    recorded_by: Any,
    scores: dict[str, int],
    comment: str = "",
    visit: Visit | None = None,
    department: Department | None = None,
    channel: str = Feedback.Channel.TABLET,
    idempotency_key: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Feedback:
    """Save a leaving visitor's six scores; one submission per visit."""
    existing = _find_by_key(Feedback, idempotency_key)
    if existing is not None:
        return existing
    bad = [
        name
        for name in FEEDBACK_DIMENSIONS
        if not isinstance(scores.get(name), int) or not 0 <= scores[name] <= 100
    ]
    if bad:
        raise ValidationError(
            {name: _("Give a score from 0 to 100.") for name in bad}, code="out_of_range"
        )
    if visit is not None:
        if Feedback.objects.filter(visit=visit).exists():
            raise _duplicate_feedback_error()
        department = visit.destination or department
    try:
        with transaction.atomic():
            return Feedback.objects.create(
                desk=desk,
                visit=visit,
                department=department,
                channel=channel,
                comment=comment.strip(),
                submitted_at=now or timezone.now(),
                recorded_by=recorded_by,
                idempotency_key=idempotency_key or uuid.uuid4(),
                **{name: scores[name] for name in FEEDBACK_DIMENSIONS},
            )
    except IntegrityError:
        existing = _find_by_key(Feedback, idempotency_key)
        if existing is not None:
            return existing
        raise _duplicate_feedback_error() from None


# Seed 003 §二(五): a dimension under 85 gets its cause and plan within one week.
IMPROVEMENT_PLAN_DAYS = 7


@transaction.atomic
def improvement_plan_write(
    *,
    dimension: str,
    period_start: date,
    period_end: date,
    desk: Desk | None,
    department: Department | None,
    average: Decimal,
    note: str,
    due_on: date,
    created_by: Any,
    idempotency_key: uuid.UUID | None = None,
    now: datetime | None = None,
) -> ImprovementPlan:
    """Record the plan for a flagged dimension, due within a week."""
    existing = _find_by_key(ImprovementPlan, idempotency_key)
    if existing is not None:
        return existing
    now = now or timezone.now()
    today = timezone.localdate(now)
    if not today <= due_on <= today + timedelta(days=IMPROVEMENT_PLAN_DAYS):
        raise ValidationError(
            {"due_on": _("The plan is due within a week: choose a date from today to 7 days on.")},
            code="due",
        )
    if not note.strip():
        raise ValidationError({"note": _("Write the cause and what will change.")}, code="required")
    return ImprovementPlan.objects.create(
        dimension=dimension,
        period_start=period_start,
        period_end=period_end,
        desk=desk,
        department=department,
        average=average,
        note=note.strip(),
        due_on=due_on,
        created_at=now,
        created_by=created_by,
        idempotency_key=idempotency_key or uuid.uuid4(),
    )
