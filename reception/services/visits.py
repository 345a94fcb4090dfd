"""Walk-ins and the visit's status: the one write path for visitors and visits."""

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.clock import check_not_future, local_today
from hospital.models import Department, Desk
from hospital.records import save_as, transition

from ..models import URGENCY_RANK, Urgency, Visit, Visitor

# A body temperature outside this range is a typo or a broken thermometer.
TEMPERATURE_MIN, TEMPERATURE_MAX = Decimal("30.0"), Decimal("45.0")
# An arrival typed more than a day back is a wrong date.
ARRIVAL_MAX_AGE = timedelta(days=1)


def visit_lock(*, visit: Visit | int, expected_version: int | None = None) -> Visit:
    """Lock the visit's row for this transaction and return it fresh, with its visitor.

    With `expected_version`, refuse when another tablet changed it since the form was shown:
    two guides acting on one visit at once, the second is refused instead of overwriting.
    """
    return Visit.locked(visit, expected_version=expected_version, related=("visitor",))


@transaction.atomic
def visit_transition(
    *,
    visit: Visit | int,
    to: str,
    by: User,
    expected_version: int | None = None,
    destination: Department | None = None,
    urgency: str | None = None,
    reassess_at: datetime | None = None,
    at: datetime | None = None,
) -> Visit:
    """Move a visit to status `to`, keeping its summary current; the only way a status changes.

    Refuse an illegal move (routing a closed visit, handing off a visit never escorted) or a stale
    one (`expected_version` no longer current) with a ValidationError that says why; nothing
    changes then. Triage and handover call this inside their own transaction, and triage passes
    the re-assess time it decided.
    """
    locked = visit_lock(visit=visit, expected_version=expected_version)
    now = at or timezone.now()
    if to == Visit.Status.ROUTED:
        locked.routed_at = now  # every re-route restarts the wait the board counts
    if destination is not None:
        locked.destination = destination
    if urgency is not None:
        locked.urgency = urgency
        locked.urgency_rank = URGENCY_RANK[Urgency(urgency)]
    if reassess_at is not None:
        locked.reassess_at = reassess_at
    transition(locked, to, by=by, at=now)
    if isinstance(visit, Visit):
        # Let the caller's object see what was saved.
        visit.__dict__.update({k: v for k, v in locked.__dict__.items() if not k.startswith("_")})
    return locked


def birth_year_from_age(age: int | None, *, today: date | None = None) -> int | None:
    if age is None:
        return None
    return (today or local_today()).year - age


def _priority(needs: list[str], age: int | None) -> bool:
    return bool(Visitor.PRIORITY_NEEDS.intersection(needs)) or (
        age is not None and age >= settings.PRIORITY_AGE
    )


def _check_walkin(
    *,
    purpose: str,
    chief_complaint: str,
    temperature: Decimal | None,
    arrived_at: datetime | None,
    now: datetime,
) -> None:
    """Refuse a walk-in that cannot be right, with every problem on its field."""
    errors: dict[str, list[ValidationError]] = {}
    if purpose == Visit.Purpose.SEE_DOCTOR and not chief_complaint:
        errors["chief_complaint"] = [
            ValidationError(
                _(
                    "Write what is wrong (e.g. “stomach ache since yesterday”): it decides where "
                    "the visitor should go."
                ),
                code="complaint_required",
            )
        ]
    if temperature is not None and not TEMPERATURE_MIN <= temperature <= TEMPERATURE_MAX:
        errors["temperature"] = [
            ValidationError(
                _(
                    "A body temperature must be between 30 and 45 °C; measure again or leave it "
                    "empty."
                ),
                code="temperature_range",
            )
        ]
    try:
        check_not_future(
            arrived_at,
            field="arrived_at",
            now=now,
            message=_("The arrival time is in the future; leave it empty for now."),
        )
    except ValidationError as error:
        errors.update(error.error_dict)
    if arrived_at is not None and arrived_at < now - ARRIVAL_MAX_AGE:
        errors["arrived_at"] = [
            ValidationError(
                _("The arrival time is more than a day ago; check the date."),
                code="arrival_too_old",
            )
        ]
    if errors:
        raise ValidationError(errors)


class _AlreadySaved(Exception):
    """The other request of a double tap saved the visit first; undo this one's visitor."""

    def __init__(self, visit: Visit) -> None:
        super().__init__()
        self.visit = visit


@transaction.atomic
def visit_log_walkin(
    *,
    desk: Desk,
    by: User,
    purpose: str,
    form_token: uuid.UUID | None = None,
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

    The same `form_token` twice (a double tap, a reload after saving) returns the first visit
    and creates nothing. An existing `visitor` (a returning visitor the guide confirmed) is
    reused and brought up to date; otherwise a new visitor is created. `phone` is E.164.
    """
    existing = Visit.created_with(form_token)
    if existing is not None:
        return existing, False
    now = timezone.now()
    chief_complaint = chief_complaint.strip()
    _check_walkin(
        purpose=purpose,
        chief_complaint=chief_complaint,
        temperature=temperature,
        arrived_at=arrived_at,
        now=now,
    )
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
            save_as(visitor, by)
            if age is None and visitor.birth_year:
                age = local_today().year - visitor.birth_year
            visit, created = Visit.create_once(
                form_token=form_token,
                by=by,
                visitor=visitor,
                desk=desk,
                arrived_at=arrived_at or now,
                logged_by=by,
                purpose=purpose,
                chief_complaint=chief_complaint,
                temperature=temperature,
                is_priority=_priority(needs, age),
            )
            if not created:
                raise _AlreadySaved(visit)
    except _AlreadySaved as saved:
        return saved.visit, False
    return visit, True


def visit_mark_left(*, visit: Visit | int, by: User, expected_version: int | None = None) -> Visit:
    """Record that the visitor left without being seen."""
    return visit_transition(
        visit=visit, to=Visit.Status.LEFT, by=by, expected_version=expected_version
    )


def visit_close(*, visit: Visit | int, by: User, expected_version: int | None = None) -> Visit:
    """Close a visit whose visitor has been served."""
    return visit_transition(
        visit=visit, to=Visit.Status.CLOSED, by=by, expected_version=expected_version
    )
