"""Working a complaint: the first response, the investigation, escalation, the answer, the
follow-up and edits of its details, each refused when illegal or based on a stale version."""

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from alerts.services import Kind, notify, patient_services_centre
from hospital.clock import check_not_future
from hospital.models import Department
from hospital.records import IllegalTransition, save_as, transition
from hospital.refusals import refusal

from ..models import Complaint, ComplaintEntry, sees_all_complaints
from .intake import normalise_contact


def _lock(complaint: Complaint, expected_version: int | None) -> Complaint:
    """Return the complaint locked for update; refuse if it changed since `expected_version`."""
    return Complaint.locked(complaint, expected_version=expected_version)


def _log(
    complaint: Complaint,
    *,
    kind: str,
    text: str,
    at: dt.datetime,
    by: User | None,
) -> ComplaintEntry:
    entry = ComplaintEntry(complaint=complaint, kind=kind, text=text, occurred_at=at, author=by)
    save_as(entry, by)
    return entry


def _move(
    complaint: Complaint,
    to: str,
    *,
    by: User,
    at: dt.datetime,
    note: str = "",
) -> None:
    """Move the (locked) complaint to status `to` and write the move on its timeline."""
    previous = complaint.get_status_display()
    transition(complaint, to, by=by, at=at)
    text = _("%(from)s → %(to)s") % {"from": previous, "to": complaint.get_status_display()}
    if note:
        text = f"{text}: {note}"
    _log(complaint, kind=ComplaintEntry.Kind.STATUS, text=text, at=at, by=by)


def _required(value: str, field: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise refusal(field, message, "required")
    return value


@transaction.atomic
def complaint_acknowledge(
    *,
    complaint: Complaint,
    by: User,
    message: str = "",
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Record the first response given to the complainant (what they were told, if anything)."""
    at = at or timezone.now()
    complaint = _lock(complaint, expected_version)
    complaint.acknowledged_by = by
    _move(complaint, Complaint.Status.ACKNOWLEDGED, by=by, at=at)
    if message.strip():
        _log(complaint, kind=ComplaintEntry.Kind.TOLD, text=message.strip(), at=at, by=by)
    return complaint


@transaction.atomic
def complaint_start_investigation(
    *,
    complaint: Complaint,
    by: User,
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Start (or, after an unsatisfying answer, reopen) the investigation."""
    at = at or timezone.now()
    complaint = _lock(complaint, expected_version)
    _move(complaint, Complaint.Status.INVESTIGATING, by=by, at=at)
    return complaint


@transaction.atomic
def complaint_assign(
    *,
    complaint: Complaint,
    by: User,
    assignee: User,
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Give the complaint to a person to work on."""
    at = at or timezone.now()
    complaint = _lock(complaint, expected_version)
    if not complaint.is_open and complaint.status != Complaint.Status.RESOLVED:
        raise IllegalTransition(_("A closed or withdrawn complaint cannot be assigned."))
    complaint.assigned_to = assignee
    save_as(complaint, by)
    name = assignee.get_full_name() or assignee.get_username()
    _log(
        complaint,
        kind=ComplaintEntry.Kind.INTERNAL,
        text=_("Assigned to %(name)s.") % {"name": name},
        at=at,
        by=by,
    )
    return complaint


@transaction.atomic
def complaint_escalate(
    *,
    complaint: Complaint,
    by: User | None,
    reason: str = "",
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Escalate to the patient services centre; `by=None` is the automatic escalation.

    A person escalating says why the department cannot resolve it.
    """
    at = at or timezone.now()
    if by is None:
        reason = (reason or "").strip() or _("Past its final answer date without an answer.")
    else:
        reason = _required(reason, "reason", _("Write why the department cannot resolve it."))
    complaint = _lock(complaint, expected_version)
    if not complaint.is_open:
        raise IllegalTransition(_("Only an open complaint can be escalated."))
    if complaint.escalated_at is not None:
        return complaint
    complaint.escalated_at = at
    complaint.escalated_by = by
    complaint.escalation_reason = reason
    save_as(complaint, by)
    _log(
        complaint,
        kind=ComplaintEntry.Kind.STATUS,
        text=_("Escalated to the patient services centre: %(reason)s")
        % {"reason": complaint.escalation_reason},
        at=at,
        by=by,
    )
    notify(
        kind=Kind.COMPLAINT_ESCALATED,
        record=complaint,
        audience=patient_services_centre(),
        desk=complaint.desk_id,
        now=at,
    )
    return complaint


@transaction.atomic
def complaints_escalate_overdue(*, now: dt.datetime | None = None) -> list[Complaint]:
    """Escalate every open complaint past its final answer date (run by cron)."""
    now = now or timezone.now()
    ids = list(
        Complaint.objects.open()
        .filter(escalated_at__isnull=True, final_answer_due__lt=now)
        .values_list("pk", flat=True)
    )
    return [complaint_escalate(complaint=Complaint(pk=pk), by=None, at=now) for pk in ids]


@transaction.atomic
def complaint_add_entry(
    *,
    complaint: Complaint,
    by: User,
    kind: str,
    text: str,
    at: dt.datetime | None = None,
    form_token: uuid.UUID | None = None,
) -> ComplaintEntry:
    """Add an investigation note, evidence, a call, what was told or an internal note.

    A repeated `form_token` (a double tap) returns the entry already added.
    """
    existing = ComplaintEntry.created_with(form_token)
    if existing is not None:
        return existing
    at = at or timezone.now()
    text = _required(text, "text", _("Write what was found, said or done."))
    if kind not in ComplaintEntry.Kind.values or kind == ComplaintEntry.Kind.STATUS:
        raise refusal("kind", _("Choose what kind of entry this is."), "invalid")
    check_not_future(at, field="occurred_at")
    complaint = _lock(complaint, None)
    if complaint.status in (Complaint.Status.CLOSED, Complaint.Status.WITHDRAWN):
        raise IllegalTransition(_("The complaint is closed: its timeline cannot change."))
    entry, _created = ComplaintEntry.create_once(
        form_token=form_token,
        by=by,
        complaint=complaint,
        kind=kind,
        text=text,
        occurred_at=at,
        author=by,
    )
    return entry


@transaction.atomic
def complaint_resolve(
    *,
    complaint: Complaint,
    by: User,
    answer: str,
    remedy: str = "",
    root_cause: str = "",
    prevention_action: str = "",
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Give the final answer (and remedy); record the root cause and the prevention action."""
    at = at or timezone.now()
    answer = _required(answer, "answer", _("Write the answer given to the complainant."))
    if root_cause and root_cause not in Complaint.RootCause.values:
        raise refusal("root_cause", _("Choose a root cause from the list."), "invalid")
    complaint = _lock(complaint, expected_version)
    # Set even after a reopened investigation: the answer that counts is the latest.
    complaint.resolved_at = at
    complaint.resolved_by = by
    complaint.answer = answer
    complaint.remedy = (remedy or "").strip()
    complaint.root_cause = root_cause
    complaint.prevention_action = (prevention_action or "").strip()
    _move(complaint, Complaint.Status.RESOLVED, by=by, at=at)
    _log(complaint, kind=ComplaintEntry.Kind.TOLD, text=answer, at=at, by=by)
    return complaint


@transaction.atomic
def complaint_follow_up(
    *,
    complaint: Complaint,
    by: User,
    satisfaction: str = "",
    comment: str = "",
    no_follow_up_reason: str = "",
    close: bool = True,
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Record the follow-up with the complainant (or why there was none) and close.

    Closing needs either the complainant's satisfaction or a reason the follow-up could not
    happen. A complainant who is not satisfied can instead be sent back to investigation.
    """
    at = at or timezone.now()
    reason = (no_follow_up_reason or "").strip()
    if satisfaction and satisfaction not in Complaint.Satisfaction.values:
        raise refusal("satisfaction", _("Choose how satisfied the complainant is."), "invalid")
    if not satisfaction and not reason:
        raise refusal(
            "satisfaction",
            _("Record how satisfied the complainant is, or why the follow-up could not happen."),
            "follow_up_required",
        )
    complaint = _lock(complaint, expected_version)
    if complaint.status != Complaint.Status.RESOLVED:
        raise IllegalTransition(_("Follow up a complaint after it is resolved."))
    complaint.followed_up_at = at
    complaint.followed_up_by = by
    complaint.satisfaction = satisfaction
    complaint.follow_up_comment = (comment or "").strip()
    complaint.no_follow_up_reason = reason
    if close:
        complaint.closed_by = by
        _move(complaint, Complaint.Status.CLOSED, by=by, at=at)
    else:
        _move(complaint, Complaint.Status.INVESTIGATING, by=by, at=at, note=_("reopened"))
    if satisfaction:
        text = _("Follow-up: %(satisfaction)s.") % {
            "satisfaction": complaint.get_satisfaction_display()
        }
        if complaint.follow_up_comment:
            text = f"{text} {complaint.follow_up_comment}"
        kind = ComplaintEntry.Kind.CALL
    else:
        text = _("No follow-up: %(reason)s") % {"reason": reason}
        kind = ComplaintEntry.Kind.INTERNAL
    _log(complaint, kind=kind, text=text, at=at, by=by)
    return complaint


@transaction.atomic
def complaint_withdraw(
    *,
    complaint: Complaint,
    by: User,
    reason: str,
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Record that the complainant withdrew the complaint."""
    at = at or timezone.now()
    reason = _required(reason, "reason", _("Write why the complaint was withdrawn."))
    complaint = _lock(complaint, expected_version)
    complaint.withdrawal_reason = reason
    _move(complaint, Complaint.Status.WITHDRAWN, by=by, at=at, note=reason)
    return complaint


# Fields the admin's change form may edit directly (everything else moves through the steps).
EDITABLE_FIELDS = (
    "complainant_name",
    "contact",
    "relation",
    "visit",
    "category",
    "severity",
    "description",
    "request_text",
    "assigned_to",
    "root_cause",
    "prevention_action",
)


def complaint_check_update(
    *, complaint: Complaint, expected_version: int | None, changes: dict[str, Any]
) -> dict[str, Any]:
    """Return the edited details normalised, or raise a ValidationError dict by field.

    Refuse an edit based on a stale version (with what changed since) as well: the admin's
    change form asks before it saves, `complaint_update` asks again under the row lock.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable here: {', '.join(sorted(unknown))}")
    changes = dict(changes)
    if "contact" in changes:
        changes["contact"] = normalise_contact(changes["contact"])
    if "description" in changes:
        changes["description"] = _required(
            changes["description"],
            "description",
            _("Write down what happened, in the complainant's words."),
        )
    if expected_version is not None:
        with transaction.atomic():
            Complaint.locked(complaint, expected_version=expected_version)
    return changes


@transaction.atomic
def complaint_update(
    *,
    complaint: Complaint,
    by: User,
    expected_version: int,
    changes: dict[str, Any],
    departments: Iterable[Department] | None = None,
) -> Complaint:
    """Edit the complaint's details, refusing a save based on a stale version.

    A department manager may add departments but not take off one they manage: that would
    hide the complaint from themselves and their department. The patient services centre and
    the supervisors reassign.
    """
    changes = complaint_check_update(complaint=complaint, expected_version=None, changes=changes)
    complaint = _lock(complaint, expected_version)
    if departments is not None:
        departments = list(departments)
        if not sees_all_complaints(by):
            kept = [department.pk for department in departments]
            if complaint.departments.filter(managers=by).exclude(pk__in=kept).exists():
                raise refusal(
                    "departments",
                    _(
                        "You cannot take your own department off a complaint; ask the patient "
                        "services centre to reassign it."
                    ),
                    "own_department",
                )
    for field, value in changes.items():
        setattr(complaint, field, value)
    save_as(complaint, by)
    if departments is not None:
        complaint.departments.set(list(departments))
    return complaint
