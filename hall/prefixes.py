"""Where a desk's ticket prefix comes from: the administrator's table, one row per purpose."""

from functools import cache

from django.db import connection

from hospital.models import Desk

from .models import QueuePrefix


@cache
def _prefixes_sql() -> str:
    table = connection.ops.quote_name(QueuePrefix._meta.db_table)
    return f"SELECT purpose, prefix FROM {table} WHERE desk_id = %s AND purpose IN (%s, '')"


def prefix_of(desk: Desk, purpose: str) -> str:
    """Return the prefix for this purpose at this desk, else the desk's own, else ""."""
    # One plain statement on the unique (desk, purpose) index: every walk-in asks, and the
    # ORM's query building cost several times the statement itself.
    with connection.cursor() as cursor:
        cursor.execute(_prefixes_sql(), [desk.pk, purpose])
        prefixes = dict(cursor.fetchall())
    return prefixes.get(purpose) or prefixes.get("", "")
