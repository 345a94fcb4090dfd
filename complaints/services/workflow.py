"""Working a complaint: the first response, the investigation, escalation, the answer, the
follow-up and edits of its details, each refused when illegal or based on a stale version."""

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department

from ..models import Complaint, ComplaintEntry
from .intake import normalise_contact


class IllegalTransition(ValidationError):
    """The complaint cannot make this move from its present status."""


class StaleComplaint(ValidationError):
    """Someone else changed the complaint since this person loaded it."""

    def __init__(self, message: str, *, changes: list[str]) -> None:
        super().__init__(message, code="stale")
        self.changes = changes


def _lock(complaint: Complaint, expected_version: int | None) -> Complaint:
    """Return the complaint locked for update; refuse if it changed since `expected_version`."""
    locked = Complaint.objects.select_for_update().get(pk=complaint.pk)
    if expected_version is not None and locked.version != expected_version:
        changes = describe_changes_since(locked, expected_version)
        raise StaleComplaint(
            _(
                "Someone else changed this complaint while you were working on it; nothing of "
                "yours was saved. What changed: %(changes)s. Look at it again and redo your change."
            )
            % {"changes": "; ".join(changes) or _("its status")},
            changes=changes,
        )
    return locked


def describe_changes_since(complaint: Complaint, version: int) -> list[str]:
    """Return "field: old → new (by whom)" lines for every change made after `version`."""
    records = list(
        complaint.history.filter(version__gte=version)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    # Start from the last record of the version the person saw: that is what they had loaded.
    seen = [i for i, record in enumerate(records) if record.version == version]
    records = records[seen[-1] :] if seen else records
    lines: list[str] = []
    for older, newer in zip(records, records[1:], strict=False):
        delta = newer.diff_against(older, excluded_fields=["version", "updated_at", "departments"])
        user = newer.history_user
        who = (user.get_full_name() or user.get_username()) if user else _("the system")
        for change in delta.changes:
            field = Complaint._meta.get_field(change.field)
            labels = dict(field.flatchoices) if field.choices else {}
            old_value = labels.get(change.old, change.old)
            new_value = labels.get(change.new, change.new)
            lines.append(f"{field.verbose_name}: {_short(old_value)} → {_short(new_value)} ({who})")
    return lines


def _short(value: Any) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _move(complaint: Complaint, to: str, *, by: Any, at: dt.datetime, note: str = "") -> None:
    """Move the (locked) complaint to status `to`, or raise IllegalTransition; log who and when."""
    if not complaint.can_move_to(to):
        raise IllegalTransition(
            _("A complaint that is %(status)s cannot be %(to)s.")
            % {
                "status": complaint.get_status_display().lower(),
                "to": Complaint.Status(to).label.lower(),
            },
            code="illegal_transition",
        )
    previous = complaint.get_status_display()
    complaint.status = to
    complaint.version += 1
    complaint.save()
    text = _("%(from)s → %(to)s") % {"from": previous, "to": complaint.get_status_display()}
    if note:
        text = f"{text}: {note}"
    ComplaintEntry.objects.create(
        complaint=complaint, kind=ComplaintEntry.Kind.STATUS, text=text, occurred_at=at, author=by
    )


def _required(value: str, field: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError({field: [message]})
    return value


@transaction.atomic
def complaint_acknowledge(
    *,
    complaint: Complaint,
    by: Any,
    message: str = "",
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Record the first response given to the complainant (what they were told, if anything)."""
    at = at or timezone.now()
    complaint = _lock(complaint, expected_version)
    complaint.acknowledged_at = at
    complaint.acknowledged_by = by
    _move(complaint, Complaint.Status.ACKNOWLEDGED, by=by, at=at)
    if message.strip():
        ComplaintEntry.objects.create(
            complaint=complaint,
            kind=ComplaintEntry.Kind.TOLD,
            text=message.strip(),
            occurred_at=at,
            author=by,
        )
    return complaint


@transaction.atomic
def complaint_start_investigation(
    *,
    complaint: Complaint,
    by: Any,
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Start (or, after an unsatisfying answer, reopen) the investigation."""
    at = at or timezone.now()
    complaint = _lock(complaint, expected_version)
    if complaint.investigation_started_at is None:
        complaint.investigation_started_at = at
    _move(complaint, Complaint.Status.INVESTIGATING, by=by, at=at)
    return complaint


@transaction.atomic
def complaint_assign(
    *,
    complaint: Complaint,
    by: Any,
    assignee: Any,
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Give the complaint to a person to work on."""
    at = at or timezone.now()
    complaint = _lock(complaint, expected_version)
    if not complaint.is_open and complaint.status != Complaint.Status.RESOLVED:
        raise IllegalTransition(_("A closed or withdrawn complaint cannot be assigned."))
    complaint.assigned_to = assignee
    complaint.version += 1
    complaint.save()
    ComplaintEntry.objects.create(
        complaint=complaint,
        kind=ComplaintEntry.Kind.INTERNAL,
        text=_("Assigned to %(name)s.")
        % {"name": assignee.get_full_name() or assignee.get_username()},
        occurred_at=at,
        author=by,
    )
    return complaint


@transaction.atomic
def complaint_escalate(
    *,
    complaint: Complaint,
    by: Any | None,
    reason: str = "",
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Escalate to the patient services centre; `by=None` is the automatic escalation."""
    at = at or timezone.now()
    complaint = _lock(complaint, expected_version)
    if not complaint.is_open:
        raise IllegalTransition(_("Only an open complaint can be escalated."))
    if complaint.escalated_at is not None:
        return complaint
    if by is None:
        reason = reason or _("Past its final answer date without an answer.")
    complaint.escalated_at = at
    complaint.escalated_by = by
    complaint.escalation_reason = reason.strip() or _("The department could not resolve it.")
    complaint.version += 1
    complaint.save()
    ComplaintEntry.objects.create(
        complaint=complaint,
        kind=ComplaintEntry.Kind.STATUS,
        text=_("Escalated to the patient services centre: %(reason)s")
        % {"reason": complaint.escalation_reason},
        occurred_at=at,
        author=by,
    )
    return complaint


@transaction.atomic
def complaints_escalate_overdue(*, now: dt.datetime | None = None) -> list[Complaint]:
    """Escalate every open complaint past its final answer date (run by cron)."""
    now = now or timezone.now()
    escalated = []
    ids = list(
        Complaint.objects.open()
        .filter(escalated_at__isnull=True, final_answer_due__lt=now)
        .values_list("pk", flat=True)
    )
    for pk in ids:
        escalated.append(complaint_escalate(complaint=Complaint(pk=pk), by=None, at=now))
    return escalated


@transaction.atomic
def complaint_add_entry(
    *,
    complaint: Complaint,
    by: Any,
    kind: str,
    text: str,
    at: dt.datetime | None = None,
) -> ComplaintEntry:
    """Add an investigation note, evidence, a call, what was told or an internal note."""
    at = at or timezone.now()
    text = _required(text, "text", _("Write what was found, said or done."))
    if kind not in ComplaintEntry.Kind.values or kind == ComplaintEntry.Kind.STATUS:
        raise ValidationError({"kind": [_("Choose what kind of entry this is.")]})
    if at > timezone.now() + dt.timedelta(minutes=5):
        raise ValidationError({"occurred_at": [_("That time is in the future.")]})
    complaint = Complaint.objects.select_for_update().get(pk=complaint.pk)
    if complaint.status in (Complaint.Status.CLOSED, Complaint.Status.WITHDRAWN):
        raise IllegalTransition(_("The complaint is closed: its timeline cannot change."))
    return ComplaintEntry.objects.create(
        complaint=complaint, kind=kind, text=text, occurred_at=at, author=by
    )


@transaction.atomic
def complaint_resolve(
    *,
    complaint: Complaint,
    by: Any,
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
        raise ValidationError({"root_cause": [_("Choose a root cause from the list.")]})
    complaint = _lock(complaint, expected_version)
    complaint.resolved_at = at
    complaint.resolved_by = by
    complaint.answer = answer
    complaint.remedy = (remedy or "").strip()
    complaint.root_cause = root_cause
    complaint.prevention_action = (prevention_action or "").strip()
    _move(complaint, Complaint.Status.RESOLVED, by=by, at=at)
    ComplaintEntry.objects.create(
        complaint=complaint, kind=ComplaintEntry.Kind.TOLD, text=answer, occurred_at=at, author=by
    )
    return complaint


@transaction.atomic
def complaint_follow_up(
    *,
    complaint: Complaint,
    by: Any,
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
        raise ValidationError({"satisfaction": [_("Choose how satisfied the complainant is.")]})
    if not satisfaction and not reason:
        raise ValidationError(
            {
                "satisfaction": [
                    _(
                        "Record how satisfied the complainant is, or why the follow-up could "
                        "not happen."
                    )
                ]
            }
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
        complaint.closed_at = at
        complaint.closed_by = by
        _move(complaint, Complaint.Status.CLOSED, by=by, at=at)
    else:
        complaint.investigation_started_at = complaint.investigation_started_at or at
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
    ComplaintEntry.objects.create(
        complaint=complaint, kind=kind, text=text, occurred_at=at, author=by
    )
    return complaint


@transaction.atomic
def complaint_withdraw(
    *,
    complaint: Complaint,
    by: Any,
    reason: str,
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Record that the complainant withdrew the complaint."""
    at = at or timezone.now()
    reason = _required(reason, "reason", _("Write why the complaint was withdrawn."))
    complaint = _lock(complaint, expected_version)
    complaint.withdrawn_at = at
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


@transaction.atomic
def complaint_update(
    *,
    complaint: Complaint,
    by: Any,
    expected_version: int,
    changes: dict[str, Any],
    departments: Iterable[Department] | None = None,
) -> Complaint:
    """Edit the complaint's details, refusing a save based on a stale version."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable here: {', '.join(sorted(unknown))}")
    if "contact" in changes:
        try:
            changes["contact"] = normalise_contact(changes["contact"])
        except ValidationError as error:
            raise ValidationError({"contact": error.messages}) from None
    if "description" in changes and not (changes["description"] or "").strip():
        raise ValidationError(
            {"description": [_("Write down what happened, in the complainant's words.")]}
        )
    complaint = _lock(complaint, expected_version)
    for field, value in changes.items():
        setattr(complaint, field, value)
    complaint.version += 1
    complaint.save()
    if departments is not None:
        complaint.departments.set(list(departments))
    return complaint
