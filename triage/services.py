"""The one write path of triage: routing decisions and escalations to emergency."""

import uuid
from dataclasses import asdict
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department
from hospital.records import save_as
from reception.models import Urgency, Visit, Visitor
from reception.services.visits import visit_lock, visit_transition

from .models import Escalation, TriageDecision, UrgencyLevel
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
    by: User,
    suggestions: list[Suggestion] | None = None,
    override_reason: str = "",
    expected_version: int | None = None,
    at: datetime | None = None,
    form_token: uuid.UUID | None = None,
) -> TriageDecision:
    """Route (or re-route) a visit: record the decision and update the visit's summary.

    The visit's summary gets the destination, the urgency and the time the visitor is due to be
    looked at again (the level's re-assess minutes from now), so the board reads one table. The
    decision counts as an override when the department or urgency differs from the top
    suggestion. Refuse a visit that may not be routed now, or one another tablet changed; a
    repeated `form_token` (a double tap) returns the decision already made.
    """
    existing = TriageDecision.created_with(form_token)
    if existing is not None:
        return existing
    if urgency not in Urgency.values:
        raise ValidationError(
            {"urgency": [ValidationError(_("Choose an urgency level."), code="invalid_urgency")]}
        )
    suggestions = suggestions or []
    top = suggestions[0] if suggestions else None
    overridden = top is not None and (top.department != department.code or top.urgency != urgency)
    at = at or timezone.now()
    locked = visit_transition(
        visit=visit,
        to=Visit.Status.ROUTED,
        by=by,
        expected_version=expected_version,
        destination=department,
        urgency=urgency,
        reassess_at=UrgencyLevel.reassess_time(urgency, at),
        at=at,
    )
    decision, _created = TriageDecision.create_once(
        form_token=form_token,
        by=by,
        visit=locked,
        department=department,
        urgency=urgency,
        suggestions=suggestions_as_json(suggestions),
        overridden=overridden,
        override_reason=override_reason.strip() if overridden else "",
        decided_by=by,
        decided_at=locked.routed_at,
    )
    return decision


@transaction.atomic
def escalation_open(
    *,
    visit: Visit | int,
    observation: str,
    by: User,
    spotted_at: datetime | None = None,
    expected_version: int | None = None,
    form_token: uuid.UUID | None = None,
) -> Escalation:
    """Send a visitor to emergency: the visit turns red on the board until this is closed.

    A second tap on "Emergency" (the same form, or another tablet's) for a visit already
    escalated returns the open escalation.
    """
    existing = Escalation.created_with(form_token)
    if existing is not None:
        return existing
    observation = (observation or "").strip()
    if not observation:
        raise ValidationError(
            {
                "observation": [
                    ValidationError(_("Write in a few words what you saw."), code="required")
                ]
            }
        )
    current = visit_lock(visit=visit)
    open_escalation = Escalation.objects.filter(visit=current, closed_at__isnull=True).first()
    if open_escalation is not None:
        return open_escalation
    now = timezone.now()
    locked = visit_transition(
        visit=current,
        to=Visit.Status.ESCALATED,
        by=by,
        expected_version=expected_version,
        urgency=Urgency.I,
        reassess_at=UrgencyLevel.reassess_time(Urgency.I, now),
        at=now,
    )
    try:
        escalation, _created = Escalation.create_once(
            form_token=form_token,
            by=by,
            visit=locked,
            observation=observation,
            spotted_at=spotted_at or locked.escalated_at,
            spotted_by=by,
        )
    except IntegrityError as error:
        # The one-open-escalation constraint: another tablet escalated this visit a moment ago.
        raise ValidationError(
            _("This visit is already escalated."), code="already_escalated"
        ) from error
    return escalation


ESCALATION_STEPS = ("team_called_at", "family_notified_at", "handed_to_er_at")


def _locked_escalation(escalation: Escalation) -> Escalation:
    return Escalation.objects.select_for_update().get(pk=escalation.pk)


@transaction.atomic
def escalation_record_step(
    *, escalation: Escalation, step: str, by: User, at: datetime | None = None
) -> Escalation:
    """Stamp one step of an escalation (team called, family notified, handed to emergency)."""
    if step not in ESCALATION_STEPS:
        raise ValidationError(_("Unknown step."), code="invalid_step")
    locked = _locked_escalation(escalation)
    if locked.closed_at is not None:
        raise ValidationError(_("This escalation is already closed."), code="closed")
    if getattr(locked, step) is not None:
        return locked  # a double tap: the first time stands
    now = at or timezone.now()
    if now < locked.spotted_at:
        raise ValidationError(_("That time is before the visitor was spotted."), code="order")
    setattr(locked, step, now)
    save_as(locked, by)
    return locked


@transaction.atomic
def escalation_close(*, escalation: Escalation, by: User, at: datetime | None = None) -> Escalation:
    """Close an escalation and the visit with it; the visitor is with the emergency team."""
    locked = _locked_escalation(escalation)
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
    save_as(locked, by)
    visit_transition(visit=locked.visit_id, to=Visit.Status.CLOSED, by=by, at=now)
    return locked
