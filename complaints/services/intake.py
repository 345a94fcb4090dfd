"""Taking a complaint down: the reference number, the two working-day clocks, the record."""

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department, Desk
from hospital.workdays import add_working_days
from reception.models import Feedback, Visit
from reception.phones import normalise_phone

from ..models import Complaint, ComplaintEntry, ReferenceCounter


def normalise_contact(raw: str) -> str:
    """Return a phone in normal form or an email in lower case, or raise ValidationError."""
    value = (raw or "").strip()
    if not value:
        return ""
    if "@" in value:
        try:
            validate_email(value)
        except ValidationError:
            raise ValidationError(_invalid_contact(), code="invalid_contact") from None
        return value.lower()
    try:
        return normalise_phone(value)
    except ValidationError:
        raise ValidationError(_invalid_contact(), code="invalid_contact") from None


def _invalid_contact() -> str:
    return _(
        "Enter a phone number (e.g. 13812345678 or 010-12345678) or an email address "
        "(e.g. name@example.cn)."
    )


def next_reference(*, year: int, count: int = 1) -> list[str]:
    """Take `count` consecutive reference numbers of `year` (TS-2026-000123), race-free.

    The year's counter row is locked for the rest of the transaction, so two desks saving at the
    same moment get two numbers; the unique reference is the last line of defence.
    """
    # ignore_conflicts: two first complaints of a new year may both try to create the row.
    ReferenceCounter.objects.bulk_create([ReferenceCounter(year=year)], ignore_conflicts=True)
    counter = ReferenceCounter.objects.select_for_update().get(year=year)
    first = counter.last_number + 1
    counter.last_number += count
    counter.save(update_fields=["last_number"])
    return [f"TS-{year}-{number:06d}" for number in range(first, first + count)]


def due_times(received_at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Return (first response due, final answer due) of something received at `received_at`."""
    return (
        add_working_days(received_at, Complaint.FIRST_RESPONSE_DAYS),
        add_working_days(received_at, Complaint.FINAL_ANSWER_DAYS),
    )


@transaction.atomic
def complaint_receive(
    *,
    received_by: Any,
    received_at: dt.datetime,
    channel: str,
    description: str,
    complainant_name: str = "",
    contact: str = "",
    relation: str = Complaint.Relation.PATIENT,
    departments: Iterable[Department] = (),
    visit: Visit | None = None,
    feedback: Feedback | None = None,
    category: str = Complaint.Category.OTHER,
    severity: str = Complaint.Severity.MEDIUM,
    request_text: str = "",
    desk: Desk | None = None,
    idempotency_key: uuid.UUID | None = None,
    now: dt.datetime | None = None,
) -> Complaint:
    """Record a complaint at once, as received (首诉负责制), and start both clocks.

    Raise ValidationError (a dict by field) for an empty description, a received time in the
    future, a contact that is neither a phone nor an email, or an unknown channel. A repeated
    `idempotency_key` (a double tap, a reload) returns the complaint already recorded.
    """
    now = now or timezone.now()
    if idempotency_key is not None:
        existing = Complaint.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing
    errors: dict[str, list[str]] = {}
    description = (description or "").strip()
    if not description:
        errors["description"] = [_("Write down what happened, in the complainant's words.")]
    if received_at is None or timezone.is_naive(received_at):
        errors["received_at"] = [_("Enter the date and time the complaint was received.")]
    elif received_at > now + dt.timedelta(minutes=5):
        # Five minutes' grace for a tablet clock a little ahead of the server's.
        errors["received_at"] = [_("The received time is in the future: check the date and time.")]
    if channel not in Complaint.Channel.values:
        errors["channel"] = [_("Choose how the complaint came in.")]
    if category not in Complaint.Category.values:
        errors["category"] = [_("Choose a category.")]
    if severity not in Complaint.Severity.values:
        errors["severity"] = [_("Choose a severity.")]
    if relation not in Complaint.Relation.values:
        errors["relation"] = [_("Choose the complainant's relation to the patient.")]
    try:
        contact = normalise_contact(contact)
    except ValidationError as error:
        errors["contact"] = error.messages
    if errors:
        raise ValidationError(errors)

    first_due, final_due = due_times(received_at)
    (reference,) = next_reference(year=timezone.localtime(received_at).year)
    complaint = Complaint(
        reference=reference,
        received_at=received_at,
        received_by=received_by,
        desk=desk,
        channel=channel,
        complainant_name=(complainant_name or "").strip(),
        contact=contact,
        relation=relation,
        visit=visit,
        feedback=feedback,
        category=category,
        severity=severity,
        description=description,
        request_text=(request_text or "").strip(),
        first_response_due=first_due,
        final_answer_due=final_due,
    )
    if idempotency_key is not None:
        complaint.idempotency_key = idempotency_key
    try:
        with transaction.atomic():
            complaint.save()
    except IntegrityError:
        # The same form token won a race with this request: return what the first one saved.
        existing = Complaint.objects.filter(idempotency_key=complaint.idempotency_key).first()
        if existing is None:
            raise
        return existing
    departments = list(departments)
    if not departments and visit is not None and visit.destination_id:
        # Nobody named a department: the one the visit was routed to is concerned.
        departments = [visit.destination]
    if departments:
        complaint.departments.set(departments)
    ComplaintEntry.objects.create(
        complaint=complaint,
        kind=ComplaintEntry.Kind.STATUS,
        text=_("Received via %(channel)s.") % {"channel": complaint.get_channel_display()},
        occurred_at=received_at,
        author=received_by,
    )
    return complaint
