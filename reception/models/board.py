"""The board's "last change" stamp: one small row per desk that every visit change bumps.

A tablet's poll asks "anything new at my desk?" with one primary-key read of this table and
gets 304 Not Modified when the answer is no, instead of re-reading and re-rendering the board.
A per-desk stamp rather than the max of the visits' `updated_at`: an escalation step, a loan or
a handoff changes what the board shows without saving the visit, and a primary-key read stays
one row however many visits a desk has had. Not history-tracked: it records no one's action.
"""

import datetime
from typing import Any, cast

from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hospital.models import Desk


class BoardStamp(models.Model):
    """How many times, and when last, anything on one desk's board changed."""

    desk = models.OneToOneField(
        Desk,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="board_stamp",
        verbose_name=_("desk"),
    )
    counter = models.PositiveBigIntegerField(_("changes"), default=0)
    changed_at = models.DateTimeField(_("last changed at"))

    class Meta:
        verbose_name = _("board stamp")
        verbose_name_plural = _("board stamps")

    def __str__(self) -> str:
        return f"{self.desk_id}: {self.counter}"

    @classmethod
    def touch(cls, desk_id: int, *, at: datetime.datetime | None = None) -> None:
        """Record that something on this desk's board changed (call inside the change's
        transaction, so a poll never sees the stamp before the change).

        One upsert statement, so that the first change of a desk costs no more than the rest;
        PostgreSQL and SQLite both speak INSERT ... ON CONFLICT.
        """
        with connection.cursor() as cursor:
            cursor.execute(*cls.touch_statement(desk_id, at=at))

    @classmethod
    def touch_statement(
        cls, desk_id: int, *, at: datetime.datetime | None = None
    ) -> tuple[str, list[Any]]:
        """Return `touch`'s statement and its parameters, for a caller that writes it as a
        part of its own statement (a walk-in's `save_new_as`)."""
        table = connection.ops.quote_name(cls._meta.db_table)
        return (
            f"INSERT INTO {table} (desk_id, counter, changed_at) VALUES (%s, 1, %s) "
            f"ON CONFLICT (desk_id) DO UPDATE SET counter = {table}.counter + 1, "
            "changed_at = excluded.changed_at",
            [desk_id, connection.ops.adapt_datetimefield_value(at or timezone.now())],
        )

    @classmethod
    def read(cls, desk_id: int | None) -> tuple[int, datetime.datetime | None]:
        """Return (counter, last change) of one desk, or of all desks with None: one read.

        One plain statement, as `touch` writes it: every board request reads the stamp, and
        building this read through the ORM cost several times the read itself.
        """
        table = connection.ops.quote_name(cls._meta.db_table)
        with connection.cursor() as cursor:
            if desk_id is None:
                cursor.execute(f"SELECT SUM(counter), MAX(changed_at) FROM {table}")
            else:
                cursor.execute(
                    f"SELECT counter, changed_at FROM {table} WHERE desk_id = %s", [desk_id]
                )
            counter, changed_at = cursor.fetchone() or (0, None)
        # The backend's own conversion, as the ORM applies it (SQLite returns text for MAX).
        column = cast(models.DateTimeField, cls._meta.get_field("changed_at")).cached_col
        for convert in connection.ops.get_db_converters(column):
            changed_at = convert(changed_at, column, connection)
        return int(counter or 0), changed_at
