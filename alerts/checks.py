"""Time-based rules: conditions that arise with the clock (overdue, past due, waiting too long).

Alerts sits just above the ground floor and may not name the records these rules read
(complaints, visits, loans). The apps above register a `Check` at start-up (the top floor's
`overview/alert_rules.py`); `run_alerts` (cron, every minute) asks each check which conditions
hold now, raises each one once (the dedup key) and clears the open alerts of the check's kinds
whose condition no longer holds.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import timezone

from hospital.models import Desk

from .audience import Audience
from .models import Alert
from .services import alert_clear, dedup_key_for, notify


@dataclass(frozen=True)
class Condition:
    """One condition a check found holding: raised as one alert of `kind` about `record`."""

    kind: str
    record: models.Model
    audience: Audience
    # What makes this occurrence distinct beyond kind and record (a due time, a step).
    occurrence: tuple[object, ...] = ()
    detail: str = ""
    desk: Desk | int | None = None
    url: str | None = None

    @property
    def dedup_key(self) -> str:
        return dedup_key_for(self.kind, self.record, *self.occurrence)


@dataclass(frozen=True)
class Check:
    """A rule that finds its conditions at `now`; it owns the open alerts of its `kinds`."""

    key: str
    kinds: tuple[str, ...]
    find: Callable[[datetime], Iterable[Condition]]
    # Cheap and pressing (a handful of rows, a one-minute deadline): also run from the bell's
    # poll, at most every POLL_CHECK_SECONDS per process, so it does not wait for cron's minute.
    on_poll: bool = field(default=False)


_checks: dict[str, Check] = {}


def register_check(check: Check) -> None:
    """Run `check` in every `run_alerts` from now on (registering a key twice replaces it)."""
    _checks[check.key] = check


def registered_checks() -> list[Check]:
    return list(_checks.values())


@dataclass
class RunResult:
    holding: int = 0
    raised: int = 0
    cleared: int = 0


def run_checks(now: datetime | None = None, *, poll_only: bool = False) -> RunResult:
    """Raise what holds now and clear what stopped holding; running twice changes nothing more.

    `poll_only` runs only the checks marked `on_poll`.
    """
    now = now or timezone.now()
    result = RunResult()
    for check in registered_checks():
        if poll_only and not check.on_poll:
            continue
        holding: set[str] = set()
        for condition in check.find(now):
            if condition.kind not in check.kinds:
                raise ValueError(f"Check {check.key} found a {condition.kind} condition")
            key = condition.dedup_key
            holding.add(key)
            alert = notify(
                kind=condition.kind,
                record=condition.record,
                audience=condition.audience,
                dedup_key=key,
                detail=condition.detail,
                desk=condition.desk,
                url=condition.url,
                now=now,
            )
            if alert.raised_at == now:  # raised by this run, not before
                result.raised += 1
        result.holding += len(holding)
        stopped = Alert.objects.open().filter(kind__in=check.kinds).exclude(dedup_key__in=holding)
        for alert in stopped:
            alert_clear(alert=alert, now=now)
            result.cleared += 1
    return result


def run_poll_checks() -> None:
    """Run the `on_poll` checks if this process has not in the last POLL_CHECK_SECONDS."""
    seconds = int(settings.ALERTS_POLL_CHECK_SECONDS)
    if seconds > 0 and cache.add(_POLL_CHECKED, True, timeout=seconds):
        run_checks(poll_only=True)


_POLL_CHECKED = "alerts:poll-checks"
