"""The board's reads, each built and compiled by the ORM once per process and then run with only
the desk and the time bound.

A changed board (every tablet of the desk after any change, every opened page) runs the same
reads (rows with the header line and the loans check, the undo strip, the filter's departments)
with another desk or another minute. Building them (filters, clones) and compiling them to SQL
was the largest part of the board's CPU once the rows were remembered, more than running them. The querysets stay the models' own (`on_board`, `undoable`, `overdue`), so the
rules live once: only their SQL and the places of their two values are kept.
"""

import datetime
from collections.abc import Callable
from typing import Any

from django.db import connections
from django.db.models import QuerySet
from psycopg import ClientCursor
from psycopg.pq import Format

# Stand-ins the querysets are built with, then found again among the compiled parameters. No
# desk has a negative id, and no visit or loan a time in 1901.
DESK_MARK = -1_901_000_001
TIME_MARK = datetime.datetime(1901, 2, 3, 4, 5, 6, 789, tzinfo=datetime.UTC)


class Prepared:
    """A read built once per database by `build(desk, at)` from the two marks, run again with
    another desk and time; its rows come back as the ORM would give them (converters applied).
    A read that depends on neither says so (`marked=False`).
    """

    def __init__(
        self, build: Callable[[int, datetime.datetime], QuerySet[Any]], *, marked: bool = True
    ) -> None:
        self._build = build
        self._marked = marked
        self._compiled: dict[str, tuple[str, list[Any], list[tuple[int, str]], Any, Any]] = {}

    def _compile(self, alias: str) -> tuple[str, list[Any], list[tuple[int, str]], Any, Any]:
        queryset = self._build(DESK_MARK, TIME_MARK).using(alias)
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        connection = connections[alias]
        adapted_time = connection.ops.adapt_datetimefield_value(TIME_MARK)
        slots: list[tuple[int, str]] = []
        for at, value in enumerate(params):
            if value == DESK_MARK and not isinstance(value, bool):
                slots.append((at, "desk"))
            elif value == TIME_MARK:
                slots.append((at, "time"))
            elif value == adapted_time and isinstance(value, str):
                slots.append((at, "time-adapted"))
        if self._marked and not slots:
            raise ValueError("a prepared board read found neither mark among its parameters")
        expressions = [column[0] for column in compiler.select[: compiler.col_count]]
        converters = list(compiler.get_converters(expressions).items())
        compiled = (sql, list(params), slots, converters, connection.vendor)
        self._compiled[alias] = compiled
        return compiled

    def rows(
        self,
        *,
        desk: int | None = None,
        at: datetime.datetime | None = None,
        using: str = "default",
    ) -> list[Any]:
        """Return the rows for this desk and time."""
        sql, params, slots, converters, vendor = self._compiled.get(using) or self._compile(using)
        connection = connections[using]
        bound = list(params)
        for position, kind in slots:
            if kind == "desk":
                bound[position] = desk
            elif kind == "time":
                bound[position] = at
            else:
                bound[position] = connection.ops.adapt_datetimefield_value(at)
        with connection.cursor() as cursor:
            if vendor == "postgresql" and not isinstance(cursor.cursor, ClientCursor):
                # Rows in PostgreSQL's binary format: a time is then eight bytes read in C, not
                # text parsed in Python by Django's time-zone loader (a sixth of the board's CPU).
                # Only with server-side binding (DATABASE_SERVER_SIDE_BINDING, on by default):
                # psycopg's client-side cursors refuse binary results.
                cursor.cursor.format = Format.BINARY
            cursor.execute(sql, bound)
            rows = cursor.fetchall()
        if not converters:
            return rows
        converted = []
        for row in rows:
            values = list(row)
            for position, (functions, expression) in converters:
                value = values[position]
                for function in functions:
                    value = function(value, expression, connection)
                values[position] = value
            converted.append(tuple(values))
        return converted
