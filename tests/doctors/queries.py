"""Count a request's queries about the data, leaving out the session's clock-driven reads and writes."""

from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext


def data_queries(send: Callable[[], Any]) -> tuple[int, Any]:
    """Return (queries that read or write data, response) of `send()`.

    The session is read, and its activity stamp written, on a clock (SessionLimitsMiddleware),
    not per row: a slow fixture would otherwise add a write to one of two counts.
    """
    with CaptureQueriesContext(connection) as captured:
        response = send()
    sql = [q["sql"] for q in captured.captured_queries]
    return len([s for s in sql if "django_session" not in s and "SAVEPOINT" not in s]), response
