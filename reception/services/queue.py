"""Ticket numbers: a short number per desk and local day (A023), in order, never given twice, none
skipped.

A walk-in takes its number in the statement that saves it (`number_for`, one of the statements
`save_new_as` writes with the rows): the desk's counter for the day and prefix (`QueueCounter`)
is moved on by one and returns the number. Its row stays locked from there to the commit, so two
tablets logging at once at one desk take turns for only the end of one statement and its commit;
a walk-in that fails (a double tap refused by the form token's index) takes its number back with
it. The counter starts from the largest number the desk's visits hold that day, so a number given
before the counter existed is never given again; the unique constraint
`visit_queue_number_unique` is the database's own guarantee behind it. The prefix of a desk (or
of a purpose at a desk) is configured in the hall's admin: the hall registers at start-up the
sub-select that reads it (`register_prefix_source`), so reception never names the app above it;
the number's statement reads the prefix as it takes the number, with no round trip of its own,
and a prefix changed in the admin counts from the next walk-in on, on every app server.
"""

from collections.abc import Callable
from datetime import date, datetime
from functools import cache

from django.conf import settings
from django.db import connection
from django.utils import timezone

from hospital.clock import local_today
from hospital.models import Desk
from hospital.records import Also

from ..models import QueueCounter, Visit

# The prefix when no source is registered or it has none for this desk.
DEFAULT_PREFIX = "A"

# Returns a scalar sub-select of a desk's prefix for a purpose, NULL for none: its placeholders
# are the desk's key, then the purpose.
PrefixSource = Callable[[], str]
_prefix_source: list[PrefixSource] = []


def register_prefix_source(source: PrefixSource) -> None:
    """Take prefixes from the sub-select `source()` returns from now on (replaces)."""
    _prefix_source[:] = [source]
    _next_number_sql.cache_clear()


def default_prefix() -> str:
    return str(settings.QUEUE_DEFAULT_PREFIX or DEFAULT_PREFIX)


def lock_desk(desk_id: int) -> None:
    """Lock the desk's row until the transaction ends: calls at one desk take turns (a no-op on
    SQLite, whose writers take turns anyway).

    FOR NO KEY UPDATE, not FOR UPDATE: a walk-in's visit checks its desk's key (the foreign
    key's KEY SHARE) after it has moved the board stamp, and a call moves the stamp after
    locking the desk; FOR UPDATE would make each wait for the other.
    """
    if not connection.features.has_select_for_update:
        return
    # Plain SQL: this runs on every call, and the ORM's query building cost more CPU than the
    # statement itself.
    desks = connection.ops.quote_name(Desk._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM {desks} WHERE id = %s FOR NO KEY UPDATE", [desk_id])


@cache
def _next_number_sql(vendor: str) -> str:
    """Return the statement that moves a counter on and returns its prefix and number: one
    upsert, which waits for a tablet holding the same counter and then counts from what that one
    committed. The prefix is the registered source's, else the default (the last placeholder);
    its first number of the day is one past the largest the desk's visits already hold."""
    quote = connection.ops.quote_name
    counters, visits = quote(QueueCounter._meta.db_table), quote(Visit._meta.db_table)
    source = _prefix_source[0]() if _prefix_source else "NULL"
    # INSERT … SELECT, so that the prefix is read once and named; SQLite needs the WHERE to
    # tell the upsert's ON CONFLICT from a join's ON.
    return (
        f"INSERT INTO {counters} (desk_id, day, prefix, last) "
        f"SELECT %s, %s, p.prefix, (SELECT COALESCE(MAX(v.queue_seq), 0) + 1 FROM {visits} v "
        "WHERE v.desk_id = %s AND v.queue_day = %s AND v.queue_prefix = p.prefix "
        f"AND v.queue_seq IS NOT NULL) FROM (SELECT COALESCE(({source}), %s) AS prefix) p "
        "WHERE true ON CONFLICT (desk_id, day, prefix) DO UPDATE SET last = CASE "
        f"WHEN {counters}.last >= excluded.last THEN {counters}.last + 1 "
        "ELSE excluded.last END RETURNING prefix, last"
    )


def number_for(visit: Visit, *, desk: Desk, purpose: str, at: datetime | None = None) -> Also:
    """Give `visit` its ticket's day, and return the statement that takes its prefix and number
    when `save_new_as` writes it (`also`).

    "Day" is the hospital's local day of `at`, so the numbers start again at local midnight.
    """
    day: date = timezone.localtime(at).date() if at else local_today()
    visit.queue_day = day
    key = [desk.pk, connection.ops.adapt_datefield_value(day)]
    source = [desk.pk, purpose] if _prefix_source else []
    return Also(
        _next_number_sql(connection.vendor),
        [*key, *key, *source, default_prefix()],
        fills=((visit, "queue_prefix"), (visit, "queue_seq")),
    )
