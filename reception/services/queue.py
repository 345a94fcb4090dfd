"""Ticket numbers: a short number per desk and local day (A023), never given twice.

The walk-in's save asks `queue_number_fields()` for the visit's number inside its transaction.
The desk's row is locked first, so two tablets logging at once take turns for the few
milliseconds the next sequence takes to read; the unique constraint `visit_queue_number_unique`
is the database's own guarantee behind it. The prefix of a desk (or of a purpose at a desk) is
configured in the hall's admin: the hall registers where prefixes come from at start-up
(`register_prefix_source`), so reception never names the app above it.
"""

from collections.abc import Callable
from datetime import date, datetime

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from hospital.clock import local_today
from hospital.models import Desk

from ..models import Visit

# The prefix when no source is registered or it has none for this desk.
DEFAULT_PREFIX = "A"

PrefixSource = Callable[[Desk, str], str]
_prefix_source: list[PrefixSource] = []


def register_prefix_source(source: PrefixSource) -> None:
    """Take prefixes from `source(desk, purpose)` ("" for none) from now on (replaces)."""
    _prefix_source[:] = [source]


def default_prefix() -> str:
    return str(settings.QUEUE_DEFAULT_PREFIX or DEFAULT_PREFIX)


def prefix_for(desk: Desk, purpose: str) -> str:
    """Return the ticket prefix of a walk-in with this purpose at this desk."""
    prefix = _prefix_source[0](desk, purpose) if _prefix_source else ""
    return prefix or default_prefix()


def lock_desk(desk_id: int) -> None:
    """Lock the desk's row until the transaction ends: numbering and calling at one desk take
    turns (a no-op on SQLite, whose writers take turns anyway)."""
    Desk.objects.select_for_update().filter(pk=desk_id).values_list("pk", flat=True).first()


def queue_number_fields(*, desk: Desk, purpose: str, at: datetime | None = None) -> dict:
    """Return the queue fields of the next walk-in at `desk`: day, prefix and sequence.

    Call inside the transaction that saves the visit; the desk stays locked until it commits.
    "Day" is the hospital's local day of `at`, so the numbers start again at local midnight.
    """
    day: date = timezone.localtime(at).date() if at else local_today()
    prefix = prefix_for(desk, purpose)
    lock_desk(desk.pk)
    last = Visit.objects.filter(
        desk=desk, queue_day=day, queue_prefix=prefix, queue_seq__isnull=False
    ).aggregate(last=Max("queue_seq"))["last"]
    return {"queue_day": day, "queue_prefix": prefix, "queue_seq": (last or 0) + 1}
