"""The session store: Django's database sessions, read with one plain statement.

Every request reads its session row; the ORM's query building cost several times the statement
itself. Writing, expiry, keys and encoding are Django's own (`django.contrib.sessions.backends.db`),
so the rows are the same and `clearsessions` works as before.
"""

import copy
from functools import cache
from typing import Any

from django.conf import settings
from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.db import connection
from django.utils import timezone


@cache
def _session_sql() -> str:
    table = connection.ops.quote_name(Session._meta.db_table)
    return f"SELECT session_data FROM {table} WHERE session_key = %s AND expire_date > %s"


# Sessions decoded before, by their stored text and the keys that may have signed it. A tablet
# sends the same session again and again, and its text changes only when the session is saved;
# checking the signature and parsing it again cost about 60 µs a request. At most this many are
# kept (all are dropped when it fills; a few hundred bytes each).
_DECODED_KEPT = 2048
_decoded: dict[tuple[Any, ...], dict[str, Any]] = {}
_PLAIN = (str, int, float, bool, type(None))


class SessionStore(db.SessionStore):
    def decode(self, session_data: str | bytes) -> dict[str, Any]:
        """Return the session's contents as Django decodes them (a copy: the caller may change it).

        Only a session whose signature held is kept; a corrupt one is refused (and logged) by
        Django each time it comes.
        """
        key = (session_data, settings.SECRET_KEY, tuple(settings.SECRET_KEY_FALLBACKS))
        data = _decoded.get(key)
        if data is None:
            data = super().decode(session_data)
            if not data:
                return data
            if len(_decoded) >= _DECODED_KEPT:
                _decoded.clear()
            _decoded[key] = data
        if all(isinstance(value, _PLAIN) for value in data.values()):
            return dict(data)
        return copy.deepcopy(data)

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
