"""Inquiries and callbacks: what the desk was asked and what became of it."""

import uuid
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department, Desk
from hospital.workdays import add_working_days, is_working_day

from ..models import Inquiry

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
