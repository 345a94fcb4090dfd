"""Inquiries and callbacks: what the desk was asked and what became of it."""

import uuid
from datetime import date, datetime

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department, Desk
from hospital.records import save_as
from hospital.refusals import Refusals, refusal
from hospital.workdays import add_working_days, is_working_day

from ..models import Inquiry


def inquiry_work_day(at: datetime) -> date:
    """Return the working day whose list an inquiry received at `at` belongs on.

    After the desk closes the security desk holds the phones, so what comes in later lands on
    the next working day's list (seed 003: within 1 working day).
    """
    local = timezone.localtime(at)
    if is_working_day(local.date()) and local.time() < settings.DESK_CLOSES_AT:
        return local.date()
    return add_working_days(at, 1).date()


def callback_due_date(*, work_day: date, working_days: int) -> date:
    """Return the day a callback is due `working_days` after the inquiry's working day."""
    noon = timezone.make_aware(datetime.combine(work_day, datetime.min.time().replace(hour=12)))
    return add_working_days(noon, working_days).date()


@transaction.atomic
def inquiry_record(
    *,
    desk: Desk,
    recorded_by: User,
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
    form_token: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Inquiry:
    """Record a question put in person or by phone; a missed call becomes a callback.

    `phone` is E.164. Every rule is checked here and all problems are raised at once, keyed by
    the form's fields. The same form token twice (a double tap, a reload) returns the inquiry
    already saved.
    """
    existing = Inquiry.created_with(form_token)
    if existing is not None:
        return existing
    now = now or timezone.now()
    today = timezone.localdate(now)
    question = question.strip()
    refusals = Refusals()
    if channel == Inquiry.Channel.MISSED:
        # Nobody spoke to the caller: ring them back, the same working day if the desk is open.
        outcome, answered_at = Inquiry.Outcome.CALLBACK, None
        callback_in_working_days = callback_in_working_days or 0
    else:
        if not question:
            refusals.add(
                "question", _("Write down what they asked, even in a few words."), "required"
            )
        if not outcome:
            refusals.add(
                "outcome",
                _("Tap what came of it: answered, transferred, callback or closed."),
                "required",
            )
    if channel in (Inquiry.Channel.MISSED, Inquiry.Channel.PHONE_OUT) and not phone:
        refusals.add(
            "phone",
            _("A call needs the caller's number, so that someone can call back."),
            "required",
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
        refusals.add("answered_at", _("The call cannot be answered before it rang."), "order")
    work_day = inquiry_work_day(received_at)
    if outcome == Inquiry.Outcome.TRANSFERRED and transferred_to is None:
        refusals.add(
            "transferred_to", _("Choose the department it was transferred to."), "required"
        )
    if outcome != Inquiry.Outcome.TRANSFERRED:
        transferred_to, transferred_to_person = None, ""
    if outcome == Inquiry.Outcome.CALLBACK:
        if callback_due_on is None and callback_in_working_days is None:
            refusals.add("callback_in", _("Tap when to call back, or choose a date."), "required")
        elif callback_due_on is None:
            callback_due_on = callback_due_date(
                work_day=work_day, working_days=callback_in_working_days or 0
            )
        elif callback_due_on < today:
            refusals.add(
                "callback_due_on",
                _("The callback date is in the past: choose today or later."),
                "past",
            )
    else:
        callback_due_on = None
    if expected_visit_on is not None:
        if expected_visit_on < today:
            refusals.add("expected_visit_on", _("The expected visit date is in the past."), "past")
        elif not phone:
            refusals.add(
                "phone",
                _("Give the phone too: at the end of the day it tells whether they came."),
                "required",
            )
    refusals.raise_any()
    inquiry, _created = Inquiry.create_once(
        form_token=form_token,
        by=recorded_by,
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
    )
    return inquiry


@transaction.atomic
def inquiry_complete_callback(
    *,
    inquiry: Inquiry | int,
    by: User,
    result: str,
    expected_version: int | None = None,
    expected_visit_on: date | None = None,
    now: datetime | None = None,
) -> Inquiry:
    """Mark a callback done with what the caller was told; a second guide is refused."""
    locked = Inquiry.locked(inquiry, expected_version=expected_version)
    if not locked.is_open_callback:
        raise locked.stale_error(locked.version)
    result = result.strip()
    if not result:
        raise refusal(
            "result", _("Write down what came of the call, e.g. no answer or answered."), "required"
        )
    if expected_visit_on is not None and expected_visit_on < timezone.localdate(now):
        raise refusal("expected_visit_on", _("The expected visit date is in the past."), "past")
    locked.callback_done_at = now or timezone.now()
    locked.callback_done_by = by
    locked.callback_result = result
    if expected_visit_on is not None:
        locked.expected_visit_on = expected_visit_on
    save_as(locked, by)
    return locked
