"""Walk-ins and the visit's status: the one write path for visitors and visits."""

import uuid
from contextlib import nullcontext
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.clock import check_not_future, local_today
from hospital.models import Department, Desk
from hospital.records import Also, IllegalTransition, save_as, save_new_as, transition
from hospital.refusals import Refusals, refusal

from ..models import URGENCY_RANK, BoardStamp, Urgency, Visit, Visitor
from .queue import number_for

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
    undo: bool = False,
) -> Visit:
    """Move a visit to status `to`, keeping its summary current; the only way a status changes.

    Refuse an illegal move (routing a closed visit, handing off a visit never escorted) or a stale
    one (`expected_version` no longer current) with a ValidationError that says why; nothing
    changes then. Triage and handover call this inside their own transaction, and triage passes
    the re-assess time it decided. A closed or left visit moves again only with `undo` (from
    visit_undo_close) and within Visit.UNDO_WINDOW of its closing. Every change bumps the desk's
    board stamp, so the tablets' polls see it.
    """
    locked = visit_lock(visit=visit, expected_version=expected_version)
    now = at or timezone.now()
    if locked.status in Visit.UNDO_STATUSES:
        _check_undo(locked, to=to, undo=undo, now=now)
        locked.closed_at = None  # reopened: closing again stamps the new time
    elif to == Visit.Status.ROUTED:
        locked.routed_at = now  # every re-route restarts the wait the board counts
    if destination is not None:
        locked.destination = destination
    if urgency is not None:
        locked.urgency = urgency
        locked.urgency_rank = URGENCY_RANK[Urgency(urgency)]
    if reassess_at is not None:
        locked.reassess_at = reassess_at
    transition(locked, to, by=by, at=now)
    BoardStamp.touch(locked.desk_id, at=now)
    if isinstance(visit, Visit):
        # Let the caller's object see what was saved.
        visit.__dict__.update({k: v for k, v in locked.__dict__.items() if not k.startswith("_")})
    return locked


def _check_undo(visit: Visit, *, to: str, undo: bool, now: datetime) -> None:
    """Refuse to reopen a closed or left visit except by Undo within its window."""
    window_minutes = int(Visit.UNDO_WINDOW.total_seconds() // 60)
    if not undo:
        raise IllegalTransition(
            _(
                "A visit that is “%(status)s” cannot become “%(new)s”. Within %(minutes)s "
                "minutes, Undo on the board or the visit page reopens it."
            )
            % {
                "status": visit.get_status_display(),
                "new": Visit.Status(to).label if to in Visit.Status.values else to,
                "minutes": window_minutes,
            }
        )
    if visit.closed_at is None or now > visit.closed_at + Visit.UNDO_WINDOW:
        raise IllegalTransition(
            _("Undo is possible for %(minutes)s minutes only; log a new walk-in instead.")
            % {"minutes": window_minutes}
        )


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
    refusals = Refusals()
    if purpose == Visit.Purpose.SEE_DOCTOR and not chief_complaint:
        refusals.add(
            "chief_complaint",
            _(
                "Write what is wrong (e.g. “stomach ache since yesterday”): it decides where "
                "the visitor should go."
            ),
            "complaint_required",
        )
    if temperature is not None and not TEMPERATURE_MIN <= temperature <= TEMPERATURE_MAX:
        refusals.add(
            "temperature",
            _("A body temperature must be between 30 and 45 °C; measure again or leave it empty."),
            "temperature_range",
        )
    # Most walk-ins give no time: nothing to check, and no message to translate for it.
    if arrived_at is not None:
        with refusals.gathered():
            check_not_future(
                arrived_at,
                field="arrived_at",
                now=now,
                message=_("The arrival time is in the future; leave it empty for now."),
            )
        # A time in the future is never a day old: at most one of the two is said.
        if arrived_at < now - ARRIVAL_MAX_AGE:
            refusals.add(
                "arrived_at",
                _("The arrival time is more than a day ago; check the date."),
                "arrival_too_old",
            )
    refusals.raise_any()


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
    try:
        return (
            _log_walkin(
                desk=desk,
                by=by,
                purpose=purpose,
                form_token=form_token,
                chief_complaint=chief_complaint.strip(),
                temperature=temperature,
                arrived_at=arrived_at,
                visitor=visitor,
                name=name,
                phone=phone,
                sex=sex,
                age=age,
                needs=list(dict.fromkeys(needs or [])),
                source=source,
            ),
            True,
        )
    except IntegrityError:
        # The unique index on the form token refused the visit: the other request of a double
        # tap saved it first. This walk-in's transaction (its visitor too) has rolled back.
        saved = Visit.created_with(form_token)
        if saved is None:
            raise
        return saved, False


def _log_walkin(
    *,
    desk: Desk,
    by: User,
    purpose: str,
    form_token: uuid.UUID | None,
    chief_complaint: str,
    temperature: Decimal | None,
    arrived_at: datetime | None,
    visitor: Visitor | None,
    name: str,
    phone: str,
    sex: str,
    age: int | None,
    needs: list[str],
    source: str,
) -> Visit:
    """Save the visitor and the visit, with the ticket number and the board's stamp, all or
    nothing.

    The form token is checked once, by the unique index when the visit is inserted (a double
    tap is rare, a read before every walk-in is not); the caller turns its IntegrityError into
    the visit saved first, and the number goes back with the rest. A new visitor's walk-in is
    one statement on PostgreSQL (`save_new_as`): outside a transaction it needs none of its own,
    so the desk's counter is held only from that statement's end to its commit, with no round
    trip to the app in between. A returning visitor's row is locked and brought up to date
    first, in a transaction; inside a caller's transaction a savepoint keeps that one usable
    when a double tap is refused.
    """
    now = timezone.now()
    _check_walkin(
        purpose=purpose,
        chief_complaint=chief_complaint,
        temperature=temperature,
        arrived_at=arrived_at,
        now=now,
    )
    atomic = visitor is not None or connection.in_atomic_block
    with transaction.atomic() if atomic else nullcontext():
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
        visit = Visit(
            form_token=form_token,
            visitor=visitor,
            desk=desk,
            arrived_at=arrived_at or now,
            logged_by=by,
            purpose=purpose,
            chief_complaint=chief_complaint,
            temperature=temperature,
            is_priority=_priority(needs, age),
        )
        save_new_as(
            [visitor, visit] if visitor.pk is None else [visit],
            by,
            also=[
                number_for(visit, desk=desk, purpose=purpose, at=now),
                Also(*BoardStamp.touch_statement(desk.pk, at=now)),
            ],
        )
    return visit


def _refuse_open_escalation(visit: Visit | int) -> None:
    """Refuse to close a visit, or mark it left, while it is escalated to emergency.

    An escalated visit has an open emergency record; only closing that record (the visitor is
    with the emergency team) closes the visit, so the steps and times are never left unfinished.
    """
    locked = visit_lock(visit=visit)
    if locked.status == Visit.Status.ESCALATED:
        raise refusal(
            "status",
            _(
                "This visit has an open emergency record: finish it and close it there once the "
                "visitor is with the emergency team."
            ),
            "open_escalation",
        )


@transaction.atomic
def visit_mark_left(*, visit: Visit | int, by: User, expected_version: int | None = None) -> Visit:
    """Record that the visitor left without being seen (undoable for Visit.UNDO_WINDOW)."""
    _refuse_open_escalation(visit)
    return visit_transition(
        visit=visit, to=Visit.Status.LEFT, by=by, expected_version=expected_version
    )


@transaction.atomic
def visit_close(*, visit: Visit | int, by: User, expected_version: int | None = None) -> Visit:
    """Close a visit whose visitor has been served (undoable for Visit.UNDO_WINDOW)."""
    _refuse_open_escalation(visit)
    return visit_transition(
        visit=visit, to=Visit.Status.CLOSED, by=by, expected_version=expected_version
    )


@transaction.atomic
def visit_undo_close(
    *,
    visit: Visit | int,
    by: User,
    expected_version: int | None = None,
    at: datetime | None = None,
) -> Visit:
    """Take back "Left" or "Close": the visit returns to the status it had before.

    Refuse after Visit.UNDO_WINDOW, for a visit that is not closed or left, and for one closed
    by its escalation (the emergency record stands).
    """
    locked = visit_lock(visit=visit, expected_version=expected_version)
    if locked.status not in Visit.UNDO_STATUSES:
        raise IllegalTransition(
            _("This visit is “%(status)s”: there is nothing to undo.")
            % {"status": locked.get_status_display()}
        )
    previous = (
        Visit.history.filter(id=locked.pk)
        .exclude(status__in=Visit.UNDO_STATUSES)
        .order_by("-history_date", "-history_id")
        .values_list("status", flat=True)
        .first()
    )
    if previous is None or previous not in Visit.TRANSITIONS[locked.status]:
        raise IllegalTransition(
            _("This visit was closed by its emergency record and cannot be reopened here.")
        )
    return visit_transition(visit=locked, to=previous, by=by, at=at, undo=True)
