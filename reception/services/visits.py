"""Walk-ins and the visit's status: the one write path for visitors and visits."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department, Desk

from ..models import URGENCY_RANK, Visit, Visitor

# Visitors this old get priority even when the guide tapped no need (seed 000 §四⑤).
PRIORITY_AGE = 70

# The summary timestamp each status stamps on the visit (the first time it is reached).
_STATUS_TIMESTAMP = {
    Visit.Status.ROUTED: "routed_at",
    Visit.Status.ESCORTING: "escort_started_at",
    Visit.Status.HANDED_OFF: "handed_off_at",
    Visit.Status.ESCALATED: "escalated_at",
    Visit.Status.CLOSED: "closed_at",
    Visit.Status.LEFT: "closed_at",
}


def _stale_error(visit: Visit) -> ValidationError:
    return ValidationError(
        _(
            "Someone else changed this visit a moment ago: it is now “%(status)s”. "
            "Check the current state below before you try again."
        )
        % {"status": visit.get_status_display()},
        code="stale",
    )


def visit_lock(*, visit: Visit | int, expected_version: int | None = None) -> Visit:
    """Lock the visit's row for this transaction and return it fresh.

    With `expected_version`, refuse when another tablet changed it since the form was shown:
    two guides acting on one visit at once, the second is refused instead of overwriting.
    """
    pk = visit.pk if isinstance(visit, Visit) else visit
    locked = Visit.objects.select_for_update().select_related("visitor").get(pk=pk)
    if expected_version is not None and locked.version != expected_version:
        raise _stale_error(locked)
    return locked


@transaction.atomic
def visit_transition(
    *,
    visit: Visit | int,
    to: str,
    by: Any,
    expected_version: int | None = None,
    destination: Department | None = None,
    urgency: str | None = None,
    reassess_at: datetime | None = None,
    at: datetime | None = None,
) -> Visit:
    """Move a visit to status `to`, keeping its summary current; the only way a status changes.

    Refuse an illegal move (routing a closed visit, handing off a visit never escorted) or a stale
    one (`expected_version` no longer current) with a ValidationError that says why; nothing
    changes then. Triage and handover call this inside their own transaction.
    """
    locked = visit_lock(visit=visit, expected_version=expected_version)
    if not locked.can_move_to(to):
        raise ValidationError(
            _("A visit that is “%(current)s” cannot become “%(new)s”.")
            % {
                "current": locked.get_status_display(),
                "new": Visit.Status(to).label,
            },
            code="illegal_transition",
        )
    now = at or timezone.now()
    locked.status = to
    field = _STATUS_TIMESTAMP.get(to)
    if field and (getattr(locked, field) is None or to == Visit.Status.ROUTED):
        setattr(locked, field, now)
    if destination is not None:
        locked.destination = destination
    if urgency is not None:
        locked.urgency = urgency
        locked.urgency_rank = URGENCY_RANK[urgency]
    if reassess_at is not None:
        locked.reassess_at = reassess_at
    locked.version += 1
    locked._history_user = by
    locked.save()
    if isinstance(visit, Visit):
        # Let the caller's object see what was saved.
        visit.__dict__.update({k: v for k, v in locked.__dict__.items() if not k.startswith("_")})
    return locked


def birth_year_from_age(age: int | None, *, today: date | None = None) -> int | None:
    if age is None:
        return None
    return (today or timezone.localdate()).year - age


def _priority(needs: list[str], age: int | None) -> bool:
    return bool(Visitor.PRIORITY_NEEDS.intersection(needs)) or (
        age is not None and age >= PRIORITY_AGE
    )


@transaction.atomic
def visit_log_walkin(
    *,
    desk: Desk,
    by: Any,
    idempotency_key: uuid.UUID,
    purpose: str,
    chief_complaint: str = "",
    temperature: Decimal | None = None,
    arrived_at: datetime | None = None,
    visitor: Visitor | None = None,
    name: str = "",
    phone: str = "",
    sex: str = Visitor.Sex.UNKNOWN,
    age: int | None = None,
    needs: list[str] | None = None,
    source: str = "",
) -> tuple[Visit, bool]:
    """Log a walk-in and return (visit, created).

    The same `idempotency_key` twice (a double tap, a reload after saving) returns the first visit
    and creates nothing. An existing `visitor` (a returning visitor the guide confirmed) is
    reused and brought up to date; otherwise a new visitor is created.
    """
    existing = Visit.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing, False
    needs = list(dict.fromkeys(needs or []))
    try:
        with transaction.atomic():
            if visitor is None:
                visitor = Visitor(
                    name=name,
                    phone=phone,
                    sex=sex,
                    birth_year=birth_year_from_age(age),
                    needs=needs,
                    source=source,
                )
            else:
                visitor = Visitor.objects.select_for_update().get(pk=visitor.pk)
                visitor.name = name or visitor.name
                visitor.phone = phone or visitor.phone
                if sex != Visitor.Sex.UNKNOWN:
                    visitor.sex = sex
                if age is not None:
                    visitor.birth_year = birth_year_from_age(age)
                visitor.needs = needs
                visitor.source = source or visitor.source
            visitor._history_user = by
            visitor.save()
            if age is None and visitor.birth_year:
                age = timezone.localdate().year - visitor.birth_year
            visit = Visit(
                visitor=visitor,
                desk=desk,
                arrived_at=arrived_at or timezone.now(),
                logged_by=by,
                purpose=purpose,
                chief_complaint=chief_complaint,
                temperature=temperature,
                is_priority=_priority(needs, age),
                idempotency_key=idempotency_key,
            )
            visit._history_user = by
            visit.save()
    except IntegrityError:
        # The other tap of a double tap won the race for the token: return its visit.
        visit = Visit.objects.filter(idempotency_key=idempotency_key).first()
        if visit is None:
            raise
        return visit, False
    return visit, True


def visit_mark_left(*, visit: Visit | int, by: Any, expected_version: int | None = None) -> Visit:
    """Record that the visitor left without being seen."""
    return visit_transition(
        visit=visit, to=Visit.Status.LEFT, by=by, expected_version=expected_version
    )


def visit_close(*, visit: Visit | int, by: Any, expected_version: int | None = None) -> Visit:
    """Close a visit whose visitor has been served."""
    return visit_transition(
        visit=visit, to=Visit.Status.CLOSED, by=by, expected_version=expected_version
    )
