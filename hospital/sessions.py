"""The session store: Django's database sessions, read with one plain statement.

Every request reads its session row; the ORM's query building cost several times the statement
itself. Writing, expiry, keys and encoding are Django's own (`django.contrib.sessions.backends.db`),
so the rows are the same and `clearsessions` works as before.
"""

from functools import cache
from typing import Any

from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.db import connection
from django.utils import timezone


@cache
def _session_sql() -> str:
    table = connection.ops.quote_name(Session._meta.db_table)
    return f"SELECT session_data FROM {table} WHERE session_key = %s AND expire_date > %s"


class SessionStore(db.SessionStore):
    def load(self) -> dict[str, Any]:
        """Return the session's data, or {} (and forget the key) when it is unknown or expired."""
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(_session_sql(), [self.session_key, now])
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return {}
        data: dict[str, Any] = self.decode(row[0])
        return data
