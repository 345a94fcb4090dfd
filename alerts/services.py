"""Raise, deliver, acknowledge and clear alerts: the one write path of this app.

Every service that must make something known calls `notify()` inside its own transaction: the
alert, its deliveries and its outbox messages are written with the guide's save or not at all,
and nothing here waits on the network (the outbox is sent later by `send_outbox`).
"""

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Desk

from .audience import (
    Audience,
    desk_guides,
    desk_team,
    managers_of,
    patient_services_centre,
    security_and_supervisors,
    supervisors,
)
from .models import LEVEL_RANK, Alert, Channel, Delivery, Kind, Level, OutboxMessage

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser

# What the services that raise alerts import from here, in one line.
__all__ = [
    "Audience",
    "Kind",
    "alert_acknowledge",
    "alert_clear",
    "dedup_key_for",
    "desk_guides",
    "desk_team",
    "managers_of",
    "notify",
    "patient_services_centre",
    "security_and_supervisors",
    "supervisors",
]


@dataclass(frozen=True)
class Rule:
    level: str
    each_must_acknowledge: bool = False


# The rules table (README "Alerts"): how loud each kind is and whether one tap does for all.
RULES: dict[str, Rule] = {
    Kind.ESCALATION_OPENED: Rule(Level.URGENT),
    Kind.ESCALATION_OVERDUE: Rule(Level.URGENT),
    Kind.AFTER_HOURS_URGENT: Rule(Level.URGENT),
    # Security and the supervisor each act on a lost key (the lock, the report): each taps.
    Kind.KEY_LOST: Rule(Level.URGENT, each_must_acknowledge=True),
    Kind.VISIT_REASSESS: Rule(Level.WARNING),
    Kind.VISIT_UNTRIAGED: Rule(Level.WARNING),
    Kind.COMPLAINT_DUE_TODAY: Rule(Level.INFO),
    Kind.COMPLAINT_OVERDUE: Rule(Level.WARNING),
    Kind.COMPLAINT_ESCALATED: Rule(Level.WARNING),
    Kind.SHEET_REFUSED: Rule(Level.WARNING),
    Kind.LOAN_OVERDUE: Rule(Level.WARNING),
}


def dedup_key_for(kind: str, record: models.Model, *parts: Any) -> str:
    """Return the condition's key: kind, record and what makes this occurrence distinct."""
    pieces = [kind, type(record).__name__.lower(), str(record.pk), *(str(p) for p in parts)]
    return ":".join(pieces)[:200]


def may_see(record: models.Model, user: "AbstractBaseUser") -> bool:
    """Return whether `user` may see `record`, by its model's `visible_to(user)`."""
    records = type(record)._default_manager.all()
    visible_to = getattr(records, "visible_to", None)
    if visible_to is None:
        raise TypeError(f"{type(record).__name__} has no visible_to(user): alerts cannot link it")
    return bool(visible_to(user).filter(pk=record.pk).exists())


def _record_url(record: models.Model) -> str:
    get_url = getattr(record, "get_absolute_url", None)
    return str(get_url()) if callable(get_url) else ""


def _deliver(alert: Alert, record: models.Model, audience: Audience, now: datetime) -> int:
    """Deliver an open alert to the members of `audience` who may see `record` and have not
    had it yet; return how many got it now."""
    had = set(Delivery.objects.filter(alert=alert).values_list("user_id", flat=True))
    new = [
        Delivery(alert=alert, user=person, level=alert.level, delivered_at=now, changed_at=now)
        for person in audience.members()
        if person.pk not in had and may_see(record, person)
    ]
    # A concurrent run delivering the same alert to the same person keeps one row.
    Delivery.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def _queue_outbound(alert: Alert, now: datetime) -> None:
    rank = LEVEL_RANK[Level(alert.level)]
    channels = [
        c for c in Channel.objects.filter(is_active=True) if LEVEL_RANK[Level(c.min_level)] <= rank
    ]
    OutboxMessage.objects.bulk_create(
        [
            OutboxMessage(alert=alert, channel=c, created_at=now, next_attempt_at=now)
            for c in channels
        ],
        ignore_conflicts=True,
    )


@transaction.atomic
def notify(
    *,
    kind: str,
    record: models.Model,
    audience: Audience,
    dedup_key: str | None = None,
    level: str | None = None,
    detail: str = "",
    url: str | None = None,
    desk: Desk | int | None = None,
    each_must_acknowledge: bool | None = None,
    now: datetime | None = None,
) -> Alert:
    """Make `record`'s condition known to `audience`: one alert per `dedup_key`.

    Raising a condition that is already open delivers it to the people of the audience who do
    not have it yet (a guide who started at the desk since) and changes nothing else; one that
    was acknowledged or cleared stays as it is. Only people who may see `record` (its model's
    `visible_to`) get it. Outbound channels get it once, when it is first raised.
    """
    if kind not in Kind.values:
        raise ValueError(f"Unknown alert kind {kind!r}")
    rule = RULES[kind]
    now = now or timezone.now()
    key = dedup_key or dedup_key_for(kind, record)
    alert = Alert.objects.filter(dedup_key=key).first()
    if alert is None:
        alert = Alert(
            kind=kind,
            level=level or rule.level,
            dedup_key=key,
            subject=str(record)[:200],
            detail=(detail or "")[:300],
            url=_record_url(record) if url is None else url,
            content_type=ContentType.objects.get_for_model(record),
            object_id=str(record.pk),
            desk_id=desk.pk if isinstance(desk, Desk) else desk,
            audience=audience.as_json(),
            each_must_acknowledge=(
                rule.each_must_acknowledge
                if each_must_acknowledge is None
                else each_must_acknowledge
            ),
            raised_at=now,
        )
        try:
            with transaction.atomic():
                alert.save()
        except IntegrityError:
            # Raised by another process a moment ago: that one is the alert.
            alert = Alert.objects.get(dedup_key=key)
        else:
            _queue_outbound(alert, now)
    if alert.is_open:
        _deliver(alert, record, audience, now)
    return alert


def _finish(alert: Alert, now: datetime) -> None:
    """Take an alert out of every inbox it still waits in."""
    Delivery.objects.filter(alert=alert, done_at__isnull=True).update(done_at=now, changed_at=now)


@transaction.atomic
def alert_acknowledge(*, alert: Alert | int, by: "AbstractBaseUser") -> Alert:
    """Acknowledge an alert as one of its recipients: who and when are kept.

    One tap does for everyone unless the rule says each recipient must acknowledge; then the
    alert is acknowledged when the last of them has. A second tap changes nothing.
    """
    locked = Alert.objects.select_for_update().get(
        pk=alert.pk if isinstance(alert, Alert) else alert
    )
    delivery = Delivery.objects.select_for_update().filter(alert=locked, user_id=by.pk).first()
    if delivery is None:
        raise ValidationError(_("This alert was not sent to you."), code="not_recipient")
    if delivery.acknowledged_at is not None:
        return locked
    now = timezone.now()
    delivery.acknowledged_at = now
    delivery.done_at = delivery.done_at or now
    delivery.changed_at = now
    delivery.save(update_fields=["acknowledged_at", "done_at", "changed_at"])
    if locked.acknowledged_at is not None:
        return locked
    if (
        locked.each_must_acknowledge
        and Delivery.objects.filter(alert=locked, acknowledged_at__isnull=True).exists()
    ):
        return locked
    locked.acknowledged_at = now
    locked.acknowledged_by_id = by.pk
    locked.save(update_fields=["acknowledged_at", "acknowledged_by"])
    if not locked.each_must_acknowledge:
        _finish(locked, now)
    return locked


@transaction.atomic
def alert_clear(*, alert: Alert, now: datetime | None = None) -> Alert:
    """Record that the alert's condition no longer holds: it leaves every inbox."""
    locked = Alert.objects.select_for_update().get(pk=alert.pk)
    if locked.cleared_at is not None:
        return locked
    now = now or timezone.now()
    locked.cleared_at = max(now, locked.raised_at)
    locked.save(update_fields=["cleared_at"])
    _finish(locked, now)
    return locked
