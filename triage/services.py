"""The one write path of triage: routing decisions and escalations to emergency."""

from dataclasses import asdict
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department
from reception.models import Urgency, Visit, Visitor
from reception.services.visits import visit_lock, visit_transition

from .models import Escalation, TriageDecision
from .routing import Suggestion, suggest


def suggestions_for(visit: Visit) -> list[Suggestion]:
    """Ask the routing engine about this visit's complaint, age, sex and temperature."""
    visitor: Visitor = visit.visitor
    age = None
    if visitor.birth_year:
        age = timezone.localdate(visit.arrived_at).year - visitor.birth_year
    sex = visitor.sex if visitor.sex != Visitor.Sex.UNKNOWN else None
    return suggest(visit.chief_complaint, age=age, sex=sex, temperature=visit.temperature)


def suggestions_as_json(suggestions: list[Suggestion]) -> list[dict[str, Any]]:
    """Return the suggestions as plain data, to keep on the decision as they were offered."""
    return [
        {**asdict(s), "reasons": [{**asdict(r), "matched": list(r.matched)} for r in s.reasons]}
        for s in suggestions
    ]


@transaction.atomic
def triage_decide(
    *,
    visit: Visit | int,
    department: Department,
    urgency: str,
    by: Any,
    suggestions: list[Suggestion] | None = None,
    override_reason: str = "",
    expected_version: int | None = None,
    at: datetime | None = None,
) -> TriageDecision:
    """Route (or re-route) a visit: record the decision and update the visit's summary.

    The decision counts as an override when the department or urgency differs from the top
    suggestion. Refuse a visit that may not be routed now, or one another tablet changed.
    """
    if urgency not in Urgency.values:
        raise ValidationError(_("Choose an urgency level."), code="invalid_urgency")
    suggestions = suggestions or []
    top = suggestions[0] if suggestions else None
    overridden = top is not None and (top.department != department.code or top.urgency != urgency)
    locked = visit_transition(
        visit=visit,
        to=Visit.Status.ROUTED,
        by=by,
        expected_version=expected_version,
        destination=department,
        urgency=urgency,
        at=at,
    )
    decision = TriageDecision(
        visit=locked,
        department=department,
        urgency=urgency,
        suggestions=suggestions_as_json(suggestions),
        overridden=overridden,
        override_reason=override_reason.strip() if overridden else "",
        decided_by=by,
        decided_at=locked.routed_at,
    )
    decision._history_user = by
    decision.save()
    return decision


@transaction.atomic
def escalation_open(
    *,
    visit: Visit | int,
    observation: str,
    by: Any,
    spotted_at: datetime | None = None,
    expected_version: int | None = None,
) -> Escalation:
    """Send a visitor to emergency: the visit turns red on the board until this is closed.

    A second tap on "Emergency" for a visit already escalated returns the open escalation.
    """
    observation = (observation or "").strip()
    if not observation:
        raise ValidationError(_("Write in a few words what you saw."), code="required")
    current = visit_lock(visit=visit)
    open_escalation = Escalation.objects.filter(visit=current, closed_at__isnull=True).first()
    if open_escalation is not None:
        return open_escalation
    locked = visit_transition(
        visit=current,
        to=Visit.Status.ESCALATED,
        by=by,
        expected_version=expected_version,
        urgency=Urgency.I,
    )
    escalation = Escalation(
        visit=locked,
        observation=observation,
        spotted_at=spotted_at or locked.escalated_at,
        spotted_by=by,
    )
    escalation._history_user = by
    try:
        with transaction.atomic():
            escalation.save()
    except IntegrityError as error:
        raise ValidationError(
            _("This visit is already escalated."), code="already_escalated"
        ) from error
    return escalation


ESCALATION_STEPS = ("team_called_at", "family_notified_at", "handed_to_er_at")


@transaction.atomic
def escalation_record_step(
    *, escalation: Escalation, step: str, by: Any, at: datetime | None = None
) -> Escalation:
    """Stamp one step of an escalation (team called, family notified, handed to emergency)."""
    if step not in ESCALATION_STEPS:
        raise ValidationError(_("Unknown step."), code="invalid_step")
    locked = Escalation.objects.select_for_update().get(pk=escalation.pk)
    if locked.closed_at is not None:
        raise ValidationError(_("This escalation is already closed."), code="closed")
    if getattr(locked, step) is not None:
        return locked  # a double tap: the first time stands
    now = at or timezone.now()
    if now < locked.spotted_at:
        raise ValidationError(_("That time is before the visitor was spotted."), code="order")
    setattr(locked, step, now)
    locked._history_user = by
    locked.save()
    return locked


@transaction.atomic
def escalation_close(*, escalation: Escalation, by: Any, at: datetime | None = None) -> Escalation:
    """Close an escalation and the visit with it; the visitor is with the emergency team."""
    locked = Escalation.objects.select_for_update().get(pk=escalation.pk)
    if locked.closed_at is not None:
        raise ValidationError(_("This escalation is already closed."), code="closed")
    if locked.team_called_at is None:
        raise ValidationError(
            _("Record when the emergency team was called before closing."),
            code="team_not_called",
        )
    now = at or timezone.now()
    locked.closed_at = now
    locked.closed_by = by
    locked._history_user = by
    locked.save()
    visit_transition(visit=locked.visit_id, to=Visit.Status.CLOSED, by=by, at=now)
    return locked
