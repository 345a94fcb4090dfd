"""Appointment confirmations: which calls are due, and what came of each."""

import datetime as dt

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Desk
from hospital.records import save_as
from hospital.workdays import is_working_day, next_working_day
from reception.models import Inquiry
from reception.services.inquiries import inquiry_record

from ..models import Confirmation
from . import refusal

# The farthest back a loop looks for the working day before a date.
_MAX_SEARCH_DAYS = 366


def previous_working_day(day: dt.date) -> dt.date:
    """Return the last working day strictly before `day`."""
    for _offset in range(_MAX_SEARCH_DAYS):
        day -= dt.timedelta(days=1)
        if is_working_day(day):
            return day
    raise ValueError(f"No working day within a year before {day}: check the calendar entries.")


def confirmation_call_day(expected_on: dt.date) -> dt.date:
    """Return the day the desk confirms a visit expected on `expected_on`: the working day
    before."""
    return previous_working_day(expected_on)


def expected_visits(desk: Desk, today: dt.date) -> QuerySet[Inquiry]:
    """Return the desk's expected visits whose confirmation call may be due by `today`:
    from today up to the next working day, not yet settled by a call."""
    return (
        Inquiry.objects.filter(
            desk=desk,
            expected_visit_on__gte=today,
            expected_visit_on__lte=next_working_day(today),
        )
        .exclude(phone="")
        .filter(
            Q(confirmation__isnull=True) | Q(confirmation__result=Confirmation.Result.NOT_REACHED)
        )
        .select_related("confirmation")
        .order_by("expected_visit_on", "received_at", "pk")
    )


def confirmations_due(desk: Desk, today: dt.date, *, limit: int) -> list[Inquiry]:
    """Return the confirmation calls the desk owes today, each with `call_on`.

    A visit booked on or after its call day (they were just spoken to) needs no call.
    """
    due = []
    for inquiry in expected_visits(desk, today)[:limit]:
        assert inquiry.expected_visit_on is not None  # filtered above
        call_on = confirmation_call_day(inquiry.expected_visit_on)
        if timezone.localdate(inquiry.received_at) >= call_on or call_on > today:
            continue
        inquiry.call_on = call_on  # type: ignore[attr-defined]
        due.append(inquiry)
    return due


@transaction.atomic
def confirmation_record(
    *,
    inquiry: Inquiry,
    by: User,
    result: str,
    new_date: dt.date | None = None,
    note: str = "",
    now: dt.datetime | None = None,
) -> Confirmation:
    """Record the confirmation call of an expected visit.

    "Changed" books the new day as a new expected visit (with its own call the working day
    before it). A call not reached may be tried again; a settled one is not recorded twice.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    locked = Inquiry.locked(inquiry)
    if locked.expected_visit_on is None:
        raise refusal("result", _("This inquiry has no expected visit to confirm."), "no_visit")
    if result not in Confirmation.Result.values:
        raise refusal(
            "result",
            _("Tap what came of the call: confirmed, changed, cancelled or not reached."),
            "required",
        )
    if result == Confirmation.Result.CHANGED:
        if new_date is None:
            raise refusal("new_date", _("Choose the new day they will come."), "required")
        if new_date < today:
            raise refusal("new_date", _("The new day has passed: choose today or later."), "past")
        if new_date == locked.expected_visit_on:
            raise refusal("new_date", _("That is the day already booked: tap Confirmed."), "same")
    else:
        new_date = None
    confirmation = Confirmation.objects.select_for_update().filter(inquiry=locked).first()
    if confirmation is not None and confirmation.result in Confirmation.FINAL:
        raise refusal(
            "result",
            _("Someone already recorded this call (%(result)s). Check the list before you go on.")
            % {"result": confirmation.get_result_display()},
            "stale",
        )
    moved_to = None
    if new_date is not None:
        moved_to = inquiry_record(
            desk=locked.desk,
            recorded_by=by,
            channel=Inquiry.Channel.PHONE_OUT,
            phone=locked.phone,
            caller_name=locked.caller_name,
            topic=locked.topic,
            question=_("Visit moved from %(day)s") % {"day": locked.expected_visit_on.isoformat()},
            answer=note.strip() or _("Visit moved."),
            outcome=Inquiry.Outcome.ANSWERED,
            expected_visit_on=new_date,
            now=now,
        )
    if confirmation is None:
        confirmation = Confirmation(inquiry=locked, desk=locked.desk, attempts=0)
    confirmation.expected_on = locked.expected_visit_on
    confirmation.result = result
    confirmation.new_date = new_date
    confirmation.moved_to = moved_to
    confirmation.note = note.strip()[:200]
    confirmation.called_at = now
    confirmation.called_by = by
    confirmation.attempts += 1
    try:
        with transaction.atomic():
            save_as(confirmation, by)
    except IntegrityError:
        raise refusal(
            "result",
            _("Someone already recorded this call. Check the list before you go on."),
            "stale",
        ) from None
    return confirmation
