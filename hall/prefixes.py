"""Where a desk's ticket prefix comes from: the administrator's table, one row per purpose."""

from django.db import connection

from .models import QueuePrefix


def prefix_sql() -> str:
    """Return the sub-select of the prefix for a purpose at a desk (placeholders: the desk's key,
    the purpose): the purpose's own, else the desk's, else none (NULL).

    Reception's number statement reads it as it takes the number: no round trip of its own, and
    a row changed in the admin holds from the next walk-in on, on every app server.
    """
    table = connection.ops.quote_name(QueuePrefix._meta.db_table)
    # The unique (desk, purpose) index finds at most two rows; the purpose's own sorts first.
    return (
        f"SELECT q.prefix FROM {table} q WHERE q.desk_id = %s AND q.purpose IN (%s, '') "
        "ORDER BY q.purpose = '' LIMIT 1"
    )
