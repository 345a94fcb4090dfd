"""Taking a complaint down: the reference number, the two working-day clocks, the record."""

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.clock import check_not_future
from hospital.models import Department, Desk
from hospital.phones import normalise_phone
from hospital.records import save_as
from hospital.refusals import Refusals, refusal
from hospital.workdays import add_working_days
from reception.models import Feedback, Visit

from ..models import Complaint, ComplaintEntry, ReferenceCounter


def normalise_contact(raw: str) -> str:
    """Return a phone in E.164 or an email in lower case ('' for nothing), or raise."""
    value = (raw or "").strip()
    if not value:
        return ""
    try:
        if "@" in value:
            validate_email(value)
            return value.lower()
        return normalise_phone(value)
    except ValidationError:
        raise refusal(
            "contact",
            _(
                "Enter a phone number (e.g. 13812345678 or 010-12345678) or an email address "
                "(e.g. name@example.cn)."
            ),
            "invalid_contact",
        ) from None


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


def complaint_check_intake(
    *,
    received_at: dt.datetime | None,
    channel: str,
    description: str,
    contact: str = "",
    relation: str = Complaint.Relation.PATIENT,
    category: str = Complaint.Category.OTHER,
    severity: str = Complaint.Severity.MEDIUM,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """Return the intake's values normalised, or raise a ValidationError dict by field.

    The rules of a new complaint, once: `complaint_receive` applies them, and the admin's add
    form asks them before it saves anything.
    """
    now = now or timezone.now()
    refusals = Refusals()
    description = (description or "").strip()
    if not description:
        refusals.add(
            "description",
            _("Write down what happened, in the complainant's words."),
            "description_required",
        )
    received_at = received_at or now
    if timezone.is_naive(received_at):
        refusals.add(
            "received_at",
            _("Enter the date and time the complaint was received."),
            "received_at_invalid",
        )
    else:
        with refusals.gathered():
            check_not_future(
                received_at,
                field="received_at",
                now=now,
                message=_("The received time is in the future: check the date and time."),
            )
    if channel not in Complaint.Channel.values:
        refusals.add("channel", _("Choose how the complaint came in."), "invalid_choice")
    if category not in Complaint.Category.values:
        refusals.add("category", _("Choose a category."), "invalid_choice")
    if severity not in Complaint.Severity.values:
        refusals.add("severity", _("Choose a severity."), "invalid_choice")
    if relation not in Complaint.Relation.values:
        refusals.add(
            "relation", _("Choose the complainant's relation to the patient."), "invalid_choice"
        )
    with refusals.gathered():
        contact = normalise_contact(contact)
    refusals.raise_any()
    return {
        "received_at": received_at,
        "channel": channel,
        "description": description,
        "contact": contact,
        "relation": relation,
        "category": category,
        "severity": severity,
    }


@transaction.atomic
def complaint_receive(
    *,
    received_by: User,
    received_at: dt.datetime | None,
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
    language: str = "",
    desk: Desk | None = None,
    form_token: uuid.UUID | None = None,
    now: dt.datetime | None = None,
) -> Complaint:
    """Record a complaint at once, as received (首诉负责制), and start both clocks.

    `received_at` None means now. Raise ValidationError (a dict by field) for an empty
    description, a received time in the future, a contact that is neither a phone nor an email,
    or an unknown choice. A repeated `form_token` (a double tap, a reload) returns the complaint
    already recorded.
    """
    existing = Complaint.created_with(form_token)
    if existing is not None:
        return existing
    values = complaint_check_intake(
        received_at=received_at,
        channel=channel,
        description=description,
        contact=contact,
        relation=relation,
        category=category,
        severity=severity,
        now=now,
    )
    received_at = values["received_at"]
    first_due, final_due = due_times(received_at)
    (reference,) = next_reference(year=timezone.localtime(received_at).year)
    complaint, created = Complaint.create_once(
        form_token=form_token,
        by=received_by,
        **values,
        reference=reference,
        received_by=received_by,
        desk=desk,
        complainant_name=(complainant_name or "").strip(),
        visit=visit,
        feedback=feedback,
        request_text=(request_text or "").strip(),
        # A language the hospital does not speak is left out, never refused: the slip then
        # prints in the desk's language.
        language=language if language in dict(settings.LANGUAGES) else "",
        first_response_due=first_due,
        final_answer_due=final_due,
    )
    if not created:
        # The other request of a double tap recorded it a moment ago.
        return complaint
    departments = list(departments)
    if not departments and visit is not None and visit.destination is not None:
        # Nobody named a department: the one the visit was routed to is concerned.
        departments = [visit.destination]
    if departments:
        complaint.departments.set(departments)
    save_as(
        ComplaintEntry(
            complaint=complaint,
            kind=ComplaintEntry.Kind.STATUS,
            text=_("Received via %(channel)s.") % {"channel": complaint.get_channel_display()},
            occurred_at=received_at,
            author=received_by,
        ),
        received_by,
    )
    return complaint
