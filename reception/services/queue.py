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
from django.db import connection
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
    if not connection.features.has_select_for_update:
        return
    # Plain SQL: this runs on every walk-in and every call, and the ORM's query building cost
    # more CPU than the statement itself.
    desks = connection.ops.quote_name(Desk._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM {desks} WHERE id = %s FOR UPDATE", [desk_id])


def _last_seq(*, desk_id: int, day: date, prefix: str) -> int:
    """Return the last sequence given at this desk, day and prefix (0 for none): one read of
    the unique index `visit_queue_number_unique`, whose condition the query repeats."""
    visits = connection.ops.quote_name(Visit._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT MAX(queue_seq) FROM {visits} WHERE desk_id = %s AND queue_day = %s "
            "AND queue_prefix = %s AND queue_seq IS NOT NULL",
            [desk_id, connection.ops.adapt_datefield_value(day), prefix],
        )
        row = cursor.fetchone()
    return int(row[0] or 0) if row else 0


def queue_number_fields(*, desk: Desk, purpose: str, at: datetime | None = None) -> dict:
    """Return the queue fields of the next walk-in at `desk`: day, prefix and sequence.

    Call inside the transaction that saves the visit; the desk stays locked until it commits.
    "Day" is the hospital's local day of `at`, so the numbers start again at local midnight.
    """
    day: date = timezone.localtime(at).date() if at else local_today()
    prefix = prefix_for(desk, purpose)
    lock_desk(desk.pk)
    last = _last_seq(desk_id=desk.pk, day=day, prefix=prefix)
    return {"queue_day": day, "queue_prefix": prefix, "queue_seq": last + 1}
