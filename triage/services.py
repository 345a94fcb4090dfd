"""The one write path of triage: routing decisions and escalations to emergency."""

import uuid
from dataclasses import asdict
from datetime import datetime
from typing import Any, NotRequired, TypedDict, Unpack

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from alerts.services import Kind, dedup_key_for, desk_team, notify
from hospital.clock import check_not_future
from hospital.models import Department
from hospital.records import save_as
from reception.models import BoardStamp, Urgency, Visit, Visitor
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
    if red_flags(suggestions):
        if is_emergency_department(department):
            raise ValidationError(
                _("Emergency signs: open the emergency record instead of routing."),
                code="escalate_instead",
            )
        if not override_reason.strip():
            raise ValidationError(
                {
                    "override_reason": [
                        ValidationError(
                            _(
                                "Emergency signs were found: write why the visitor goes to "
                                "%(department)s and not to emergency."
                            )
                            % {"department": department.name},
                            code="red_flag_reason_required",
                        )
                    ]
                }
            )
    top = suggestions[0] if suggestions else None
    overridden = top is not None and (top.department != department.code or top.urgency != urgency)
    overridden = overridden or bool(red_flags(suggestions))
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


def red_flags(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Return the suggestions that are red flags (emergency signs in the complaint)."""
    return [s for s in suggestions if s.emergency]


def is_emergency_department(department: Department) -> bool:
    return department.code == settings.ROLE_DEPARTMENTS["emergency"]


def red_flag_observation(visit: Visit, suggestions: list[Suggestion]) -> str:
    """Return what the escalation records as seen: the red flags and the visitor's words."""
    notes = [reason.note or reason.rule for s in red_flags(suggestions) for reason in s.reasons]
    parts = ["; ".join(dict.fromkeys(notes))] if notes else []
    if visit.chief_complaint:
        parts.append(f"“{visit.chief_complaint}”")
    return " — ".join(parts) or str(_("Emergency signs found by the routing screen."))


@transaction.atomic
class RoutingChoice(TypedDict):
    """What the routing screen sends: the visit, where and how urgently, and who chose."""

    visit: Visit
    department: Department
    urgency: str
    by: User
    suggestions: NotRequired[list[Suggestion] | None]
    override_reason: NotRequired[str]
    expected_version: NotRequired[int | None]
    form_token: NotRequired[uuid.UUID | None]


def triage_route(**choice: Unpack[RoutingChoice]) -> TriageDecision | Escalation:
    """Act on the routing screen's choice; emergency cannot be routed around.

    Under a red flag, choosing the emergency department (or accepting a suggestion to it)
    opens the escalation, the same record as the Emergency button; another department needs a
    reason, kept on the decision. Otherwise record the decision.
    """
    suggestions = choice.get("suggestions") or []
    if red_flags(suggestions) and is_emergency_department(choice["department"]):
        return escalation_open(
            visit=choice["visit"],
            observation=red_flag_observation(choice["visit"], suggestions),
            by=choice["by"],
            expected_version=choice.get("expected_version"),
            form_token=choice.get("form_token"),
        )
    return triage_decide(**choice)


def _check_spotted_at(visit: Visit, spotted_at: datetime, *, now: datetime) -> None:
    """Refuse a "seen at" time before the visitor arrived or in the future."""
    check_not_future(
        spotted_at,
        field="spotted_at",
        now=now,
        message=_("The time the change was seen is in the future; check the time."),
    )
    # The form has minute precision: the arrival's own minute is not before the arrival.
    if spotted_at < visit.arrived_at.replace(second=0, microsecond=0):
        raise ValidationError(
            {
                "spotted_at": [
                    ValidationError(
                        _("The change cannot have been seen before the visitor arrived (%(time)s).")
                        % {"time": timezone.localtime(visit.arrived_at).strftime("%H:%M")},
                        code="before_arrival",
                    )
                ]
            }
        )


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

    `spotted_at` is when the change was actually seen (default now; not before the visitor
    arrived, not in the future). A second tap on "Emergency" (the same form, or another
    tablet's) for a visit already escalated returns the open escalation.
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
    if spotted_at is not None:
        _check_spotted_at(current, spotted_at, now=now)
        # Within the clock skew: now; within the arrival's minute: the arrival.
        spotted_at = max(min(spotted_at, now), current.arrived_at)
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
    notify(
        kind=Kind.ESCALATION_OPENED,
        record=locked,
        dedup_key=dedup_key_for(Kind.ESCALATION_OPENED, escalation),
        audience=desk_team(locked.desk_id),
        desk=locked.desk_id,
        detail=observation,
    )
    return escalation


# Each step's time field and the field naming who did it.
ESCALATION_STEPS = {
    "team_called_at": "team_called_by",
    "family_notified_at": "family_notified_by",
    "handed_to_er_at": "handed_to_er_by",
}


def _locked_escalation(escalation: Escalation) -> Escalation:
    return (
        Escalation.objects.select_for_update(of=("self",))
        .select_related("visit")
        .get(pk=escalation.pk)
    )


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
    setattr(locked, ESCALATION_STEPS[step], by)
    save_as(locked, by)
    BoardStamp.touch(locked.visit.desk_id, at=now)
    return locked


@transaction.atomic
def escalation_set_spotted(*, escalation: Escalation, spotted_at: datetime, by: User) -> Escalation:
    """Correct when the change was actually seen: back to the arrival, never in the future,
    never after the team was called."""
    locked = _locked_escalation(escalation)
    now = timezone.now()
    _check_spotted_at(locked.visit, spotted_at, now=now)
    spotted_at = max(min(spotted_at, now), locked.visit.arrived_at)
    first_step = min(
        (t for t in (locked.team_called_at, locked.closed_at) if t is not None), default=None
    )
    if first_step is not None and spotted_at > first_step:
        raise ValidationError(
            {
                "spotted_at": [
                    ValidationError(
                        _("The change was seen before the team was called; check the time."),
                        code="order",
                    )
                ]
            }
        )
    locked.spotted_at = spotted_at
    save_as(locked, by, update_fields=["spotted_at"])
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
