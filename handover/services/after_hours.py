"""The after-hours book: handed to security at 18:00, written overnight, taken back at 08:00."""

import uuid
from collections.abc import Callable
from datetime import datetime

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from alerts.services import Kind, notify, supervisors
from hospital.clock import check_not_future
from hospital.models import Desk
from hospital.records import save_as, transition

from ..models import AfterHoursBook, AfterHoursEntry, HandoverTask

# Overnight complaints are filed with the complaints desk by the top floor, which registers the
# filer at start-up: handover knows only that an entry became complaint number N.
ComplaintFiler = Callable[[AfterHoursEntry], int]
_complaint_filer: ComplaintFiler | None = None


def set_complaint_filer(filer: ComplaintFiler | None) -> None:
    """Let `filer` turn each complaint entry into a complaint when the book is taken back."""
    global _complaint_filer
    _complaint_filer = filer


@transaction.atomic
def book_hand_over(*, desk: Desk, by: User, note: str = "") -> AfterHoursBook:
    """Hand the desk's after-hours book to the security desk (18:00, seed 000 篇3 §3.2)."""
    now = timezone.now()
    # Desk row lock: two taps on "hand over" make one book.
    Desk.objects.select_for_update().get(pk=desk.pk)
    open_book = AfterHoursBook.objects.filter(
        desk=desk, status=AfterHoursBook.Status.WITH_SECURITY
    ).first()
    if open_book is not None:
        raise ValidationError(
            _("The book is already with the security desk (handed over %(time)s).")
            % {"time": timezone.localtime(open_book.handed_over_at).strftime("%m-%d %H:%M")},
            code="already_with_security",
        )
    night = timezone.localdate(now)
    if AfterHoursBook.objects.filter(desk=desk, night_of=night).exists():
        raise ValidationError(
            _("Tonight's book was already handed over and taken back."), code="done_tonight"
        )
    book = AfterHoursBook(
        desk=desk, night_of=night, handed_over_by=by, handed_over_at=now, note_to_security=note
    )
    save_as(book, by)
    return book


@transaction.atomic
def book_add_entry(
    *,
    book: AfterHoursBook,
    by: User,
    kind: str,
    text: str,
    caller_name: str = "",
    caller_phone: str = "",
    is_urgent: bool = False,
    received_at: datetime | None = None,
    form_token: uuid.UUID | None = None,
) -> AfterHoursEntry:
    """Write a complaint or service request received overnight into the book.

    The caller's phone is kept as security wrote it down (a note, not a contact yet): the
    complaints desk checks it when the entry becomes a complaint. The same `form_token` twice
    (a double tap) returns the entry already written.
    """
    book = AfterHoursBook.objects.select_for_update().get(pk=book.pk)
    if book.status != AfterHoursBook.Status.WITH_SECURITY:
        raise ValidationError(
            _("The desk has taken this book back; tell the desk directly."), code="returned"
        )
    errors: dict[str, ValidationError] = {}
    if kind not in AfterHoursEntry.Kind.values:
        errors["kind"] = ValidationError(_("Choose complaint or service request."), code="kind")
    if not (text or "").strip():
        errors["text"] = ValidationError(_("Write what the caller said."), code="required")
    if errors:
        raise ValidationError(errors)
    check_not_future(received_at, field="received_at")
    entry, _created = AfterHoursEntry.create_once(
        form_token=form_token,
        by=by,
        book=book,
        kind=kind,
        text=text.strip(),
        caller_name=(caller_name or "").strip(),
        caller_phone=(caller_phone or "").strip(),
        is_urgent=is_urgent,
        recorded_by=by,
        received_at=received_at or timezone.now(),
    )
    if entry.is_urgent:  # seed 000 交接班 3.3: reported to the supervisor at once
        notify(
            kind=Kind.AFTER_HOURS_URGENT, record=entry, audience=supervisors(), desk=book.desk_id
        )
    return entry


@transaction.atomic
def book_take_back(*, book: AfterHoursBook, by: User) -> AfterHoursBook:
    """Take the book back (08:00): every entry becomes a complaint or a task, all or nothing."""
    book = (
        AfterHoursBook.objects.select_for_update(of=("self",))
        .select_related("desk")
        .get(pk=book.pk)
    )
    now = timezone.now()
    book.taken_back_by = by
    transition(book, AfterHoursBook.Status.RETURNED, by=by, at=now, update_fields=["taken_back_by"])
    for entry in book.entries.filter(complaint_id__isnull=True, task__isnull=True):
        if entry.kind == AfterHoursEntry.Kind.COMPLAINT and _complaint_filer is not None:
            entry.complaint_id = _complaint_filer(entry)
            save_as(entry, by, update_fields=["complaint_id"])
            continue
        # Service requests, and complaints when nobody files them with the complaints desk.
        prefix = (
            _("Complaint overnight")
            if entry.kind == AfterHoursEntry.Kind.COMPLAINT
            else _("Request overnight")
        )
        who = " ".join(p for p in (entry.caller_name, entry.caller_phone) if p)
        task = HandoverTask(
            desk=book.desk,
            text=f"{prefix} {timezone.localtime(entry.received_at):%H:%M}"
            + (f" ({who})" if who else "")
            + f": {entry.text}",
            created_by=by,
            created_at=now,
        )
        save_as(task, by)
        entry.task = task
        save_as(entry, by, update_fields=["task"])
    return book


@transaction.atomic
def task_done(*, task: HandoverTask, by: User) -> HandoverTask:
    """Mark a carried-over task done."""
    task = HandoverTask.objects.select_for_update().get(pk=task.pk)
    if task.done_at is not None:
        raise ValidationError(_("This task is already done."), code="done")
    task.done_at = timezone.now()
    task.done_by = by
    save_as(task, by, update_fields=["done_at", "done_by"])
    return task
