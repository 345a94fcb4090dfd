"""How every app writes a record: who did it, which version it was, and which moves are legal.

One of each, used by visits, complaints, sheets and every other record a person changes:

- `save_as(obj, by)` saves and records who acted in the history (a new row and its history row
  in plain statements built once per model, see `_insert_as`); `save_new_as(rows, by)` does the
  same for new rows that name one another (a new visitor and their visit), in one statement on
  PostgreSQL;
- `VersionedModel` counts versions, so that a second tablet acting on an old page is refused
  (`locked(..., expected_version=...)`) instead of overwriting what the first one did;
- `IdempotentModel.create_once()` turns a double tap or a reload into the row already saved;
- `transition(obj, to, by=...)` is the one status change, checked against the model's
  `TRANSITIONS` table;
- `writes_in_flight(tables)` tells a page remembered under the largest ids of its records (the
  complaint lists, the daily sheet) whether a write that could still commit is under way.

Errors are `ValidationError` dicts with codes, so `hospital.forms.apply_service_errors` can put
them on any form, and they carry `.code` for the code that only needs to know what happened.
"""

import uuid
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, Self, cast

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, connections, models, router, transaction
from django.db.models.signals import post_save, pre_save
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.manager import HistoryDescriptor
from simple_history.signals import post_create_historical_record, pre_create_historical_record
from simple_history.utils import get_change_reason_from_object
from uuid6 import uuid7

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django_stubs_ext import StrOrPromise


class StaleVersion(ValidationError):
    """Someone else saved the record after this person loaded it; nothing was changed."""

    def __init__(self, message: "StrOrPromise") -> None:
        super().__init__({"version": [ValidationError(message, code="stale")]})
        self.code = "stale"


class IllegalTransition(ValidationError):
    """The record cannot make this move from its present status; nothing was changed."""

    def __init__(self, message: "StrOrPromise") -> None:
        super().__init__({"status": [ValidationError(message, code="illegal_transition")]})
        self.code = "illegal_transition"


def writes_in_flight(tables: Iterable[str]) -> bool:
    """Return whether another transaction is writing to one of these tables now (PostgreSQL:
    it holds the table's RowExclusiveLock until it commits or rolls back).

    A page remembered under a stamp of largest ids is kept only when this is False: a change
    that took a smaller id but commits later would otherwise be missing from it.

    Elsewhere False: SQLite lets one transaction write at a time, so ids are taken in the order
    the changes commit.
    """
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'relation'"
            " AND mode = 'RowExclusiveLock' AND pid <> pg_backend_pid()"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            " AND relation = ANY (CAST(%s AS regclass[])))",
            [list(tables)],
        )
        row = cursor.fetchone()
    return bool(row and row[0])


def save_as(
    obj: models.Model, by: "AbstractBaseUser | None", *, update_fields: Iterable[str] | None = None
) -> None:
    """Save `obj` and record `by` as the person who acted, in its history.

    A versioned record that already exists gets its next version. `by` is a user (None for the
    system: a cron job, a migration).
    """
    fields = None if update_fields is None else set(update_fields)
    if isinstance(obj, VersionedModel) and not obj._state.adding:
        obj.version += 1
        if fields is not None:
            fields.add("version")
    # django-simple-history reads the acting user from here before any request middleware.
    obj._history_user = by  # type: ignore[attr-defined]
    if fields is None and _insert_as(obj, by):
        return
    obj.save(update_fields=fields)


# --- A new row and its history row, in plain statements --------------------------------------
#
# Every walk-in, complaint and sheet starts with inserts, and the ORM rebuilt each INSERT (its
# compiler, the field list, the quoting) on every save: 0.5-1 ms of CPU a row, doubled by
# django-simple-history's history row. `_insert_as` does what `Model.save()` and the history's
# post_save receiver do for a new row: the same signals, the same values, the same history row,
# with each model's statement written once per process. On PostgreSQL the row and its history
# row go in one statement. A model the plan cannot cover (its own save(), parents, values the
# database computes, m2m history) is saved by the ORM as before.


# Compared and hashed by identity (eq=False): one plan per model and database (cached), and
# `_chain_sql`'s cache hashes the plans of every walk-in, which field by field cost more than
# the rest of its key.
@dataclass(frozen=True, eq=False)
class _InsertPlan:
    model: type[models.Model]
    pk: models.Field
    fields: tuple[models.Field, ...]
    columns: str  # quoted, comma-separated, in the order of `fields`
    sql: str  # INSERT ... RETURNING the primary key


@dataclass(frozen=True, eq=False)
class _HistoryPlan:
    row: _InsertPlan
    history: _InsertPlan
    tracked: tuple[str, ...]  # the attnames copied from the row, as simple-history copies them
    # PostgreSQL: one statement inserts the row and a history row copied from what it returns;
    # it binds the row's values, then the history's own (`HISTORY_OWN`), and returns the key.
    both_sql: str | None
    own: tuple[models.Field, ...]  # the history's fields named in HISTORY_OWN
    # The same statement's parts, for `save_new_as` to chain several rows (PostgreSQL only):
    # "INSERT INTO row (...)", the row's key and tracked columns, "INSERT INTO history (...)".
    row_head: str = ""
    key: str = ""
    tracked_columns: tuple[str, ...] = ()
    history_head: str = ""


# The history row's own fields, besides the copy of the row and its key: what the statement
# that writes both binds after the row's values.
HISTORY_OWN = ("history_date", "history_change_reason", "history_type", "history_user_id")


def _plan(model: type[models.Model], using: str) -> _InsertPlan | None:
    meta = model._meta
    pk = meta.auto_field
    connection = connections[using]
    if (
        pk is None
        or meta.parents
        or meta.proxy
        or meta.auto_created
        or model.save is not models.Model.save
        or model.save_base is not models.Model.save_base
        or list(meta.db_returning_fields) != [pk]
        or not connection.features.can_return_columns_from_insert
    ):
        return None
    fields = tuple(f for f in meta.local_concrete_fields if f is not pk)
    if any(f.has_db_default() or f.generated or hasattr(f, "get_placeholder") for f in fields):
        return None
    quote = connection.ops.quote_name
    columns = ", ".join(quote(str(f.column)) for f in fields)
    sql = (
        f"INSERT INTO {quote(meta.db_table)} ({columns}) "
        f"VALUES ({', '.join(['%s'] * len(fields))}) RETURNING {quote(str(pk.column))}"
    )
    return _InsertPlan(model=model, pk=pk, fields=fields, columns=columns, sql=sql)


@cache
def _history_plan(model: type[models.Model], using: str) -> _HistoryPlan | None:
    """Return how to insert a row of `model` and its history row, or None for the ORM."""
    attribute = getattr(model._meta, "simple_history_manager_attribute", None)
    row = _plan(model, using)
    if attribute is None or row is None:
        return None
    history_model = getattr(model, attribute).model
    history = _plan(history_model, using)
    if (
        history is None
        or history_model._history_m2m_fields
        or hasattr(history_model, "history_relation")
    ):
        return None
    tracked = tuple(f.attname for f in history_model.tracked_fields)
    own_fields = tuple(f for f in history.fields if f.attname not in tracked)
    own = tuple(f.attname for f in own_fields)
    if connections[using].vendor != "postgresql" or own != HISTORY_OWN:
        return _HistoryPlan(
            row=row, history=history, tracked=tracked, both_sql=None, own=own_fields
        )
    quote = connections[using].ops.quote_name
    column = {f.attname: quote(str(f.column)) for f in model._meta.concrete_fields}
    tracked_columns = tuple(column[name] for name in tracked)
    history_columns = ", ".join(
        quote(str(history_model._meta.get_field(name).column)) for name in (*tracked, *own)
    )
    history_head = f"INSERT INTO {quote(history_model._meta.db_table)} ({history_columns})"
    row_head = f"INSERT INTO {quote(model._meta.db_table)} ({row.columns})"
    key = column[row.pk.attname]
    both_sql = (
        f"WITH new_row AS ({row_head} VALUES ({', '.join(['%s'] * len(row.fields))}) "
        f"RETURNING {', '.join(tracked_columns)}) {history_head} "
        f"SELECT {', '.join(f'new_row.{c}' for c in tracked_columns)}, "
        f"{', '.join(['%s'] * len(own))} FROM new_row RETURNING {key}"
    )
    return _HistoryPlan(
        row=row,
        history=history,
        tracked=tracked,
        both_sql=both_sql,
        own=own_fields,
        row_head=row_head,
        key=key,
        tracked_columns=tracked_columns,
        history_head=history_head,
    )


def _has_expression(plan: _InsertPlan, obj: models.Model) -> bool:
    """Return whether a value is an expression (`F()`, `Now()`): the ORM's compiler's job."""
    return any(hasattr(getattr(obj, f.attname), "resolve_expression") for f in plan.fields)


# Fields whose value of exactly this type the ORM binds as it is, on every database: Django's
# own text and boolean fields (`get_prep_value` returns a str or a bool unchanged, and neither
# has a `get_db_prep_value` of its own). Integers are not among them: PostgreSQL's backend wraps
# each in its column's type for server-side binding.
_BOUND_AS_IS: dict[type[models.Field], type] = {
    models.CharField: str,
    models.TextField: str,
    models.BooleanField: bool,
}


@cache
def _binding(plan: _InsertPlan, using: str) -> tuple[tuple[models.Field, bool, type | None], ...]:
    """Return, for each of the row's fields: the field, whether NULL is bound for None (asked of
    the field once), and the type of a value bound as it is (None: ask the field)."""
    connection = connections[using]
    binding = []
    for field in plan.fields:
        as_is = _BOUND_AS_IS.get(type(field))
        # A field of these exact classes reads its value with Field.pre_save, as getattr would.
        plain = as_is is not None and type(field).pre_save is models.Field.pre_save
        null = field.get_db_prep_save(None, connection=connection) is None
        binding.append((field, null, as_is if plain else None))
    return tuple(binding)


def _values(plan: _InsertPlan, obj: models.Model, using: str) -> list[Any]:
    """Return the row's values as the ORM's INSERT binds them.

    A walk-in binds some forty values; most are text, a flag or nothing, which the ORM binds as
    they are, so only the others are asked of their field.
    """
    connection = connections[using]
    values = []
    for field, null, as_is in _binding(plan, using):
        # pre_save: auto_now(_add) stamps the object too, as save() does.
        value = field.pre_save(obj, True) if as_is is None else getattr(obj, field.attname)
        if (value is None and null) or (as_is is not None and type(value) is as_is):
            values.append(value)
        else:
            values.append(field.get_db_prep_save(value, connection=connection))
    return values


def _insert(plan: _InsertPlan, obj: models.Model, values: list[Any], using: str) -> None:
    with connections[using].cursor() as cursor:
        cursor.execute(plan.sql, values)
        (key,) = cursor.fetchone()
    setattr(obj, plan.pk.attname, plan.pk.to_python(key))


def _insert_as(obj: models.Model, by: "AbstractBaseUser | None") -> bool:
    """Insert a new `obj` and its history row as `obj.save()` would; False: not done, use save().

    The history row is simple-history's own: the tracked fields copied from the saved row, "+",
    the acting user, the change reason and the time, with its signals. simple-history's
    post_save receiver is told to skip the row it would write (its documented
    `skip_history_when_saving` switch); other receivers get post_save as from save().
    """
    model = type(obj)
    if not obj._state.adding or obj.pk is not None:
        return False
    using = router.db_for_write(model, instance=obj)
    plan = _history_plan(model, using)
    if plan is None or _has_expression(plan.row, obj):
        return False
    obj._prepare_related_fields_for_save(operation_name="save")  # type: ignore[attr-defined]
    listened = pre_save.has_listeners(model)
    if listened:
        pre_save.send(sender=model, instance=obj, raw=False, using=using, update_fields=None)
    skip = hasattr(obj, "skip_history_when_saving") or not getattr(
        settings, "SIMPLE_HISTORY_ENABLED", True
    )
    with transaction.mark_for_rollback_on_error(using):
        if listened and _has_expression(plan.row, obj):  # a receiver set one: the ORM inserts
            obj._save_table(cls=model, using=using, force_insert=True)  # type: ignore[attr-defined]
            wrote_history = False
        elif skip:
            _insert(plan.row, obj, _values(plan.row, obj, using), using)
            wrote_history = False
        else:
            _insert_with_history(plan, obj, _values(plan.row, obj, using), by, using)
            wrote_history = True
    obj._state.db = using
    obj._state.adding = False
    if wrote_history:
        obj.skip_history_when_saving = True  # type: ignore[attr-defined]
    try:
        post_save.send(
            sender=model, instance=obj, created=True, update_fields=None, raw=False, using=using
        )
    finally:
        if wrote_history:
            del obj.skip_history_when_saving  # type: ignore[attr-defined]
    return True


def _insert_with_history(
    plan: _HistoryPlan,
    obj: models.Model,
    values: list[Any],
    by: "AbstractBaseUser | None",
    using: str,
) -> None:
    history_model = plan.history.model
    history_date = getattr(obj, "_history_date", timezone.now())
    reason = get_change_reason_from_object(obj)
    # One statement when no one listens for the history row as an object (signals).
    if plan.both_sql is not None and not any(
        signal.has_listeners(history_model)
        for signal in (
            pre_create_historical_record,
            post_create_historical_record,
            pre_save,
            post_save,
        )
    ):
        own = dict(
            zip(
                HISTORY_OWN, (history_date, reason, "+", None if by is None else by.pk), strict=True
            )
        )
        connection = connections[using]
        values += [f.get_db_prep_save(own[f.attname], connection=connection) for f in plan.own]
        with connection.cursor() as cursor:
            cursor.execute(plan.both_sql, values)
            (key,) = cursor.fetchone()
        setattr(obj, plan.row.pk.attname, plan.row.pk.to_python(key))
        return
    _insert(plan.row, obj, values, using)
    record = history_model(
        history_date=history_date,
        history_type="+",
        history_user=by,
        history_change_reason=reason,
        **{name: getattr(obj, name) for name in plan.tracked},
    )
    signal = {"history_date": history_date, "history_user": by, "history_change_reason": reason}
    pre_create_historical_record.send(
        sender=history_model, instance=obj, history_instance=record, using=None, **signal
    )
    pre_save.send(sender=history_model, instance=record, raw=False, using=using, update_fields=None)
    _insert(plan.history, record, _values(plan.history, record, using), using)
    record._state.db = using
    record._state.adding = False
    post_save.send(
        sender=history_model,
        instance=record,
        created=True,
        update_fields=None,
        raw=False,
        using=using,
    )
    post_create_historical_record.send(
        sender=history_model, instance=obj, history_instance=record, using=None, **signal
    )


@dataclass(frozen=True)
class Also:
    """One more statement written with new rows by `save_new_as`: a number taken from a
    counter, a stamp moved.

    `sql` is one INSERT, UPDATE or DELETE with `%s` placeholders (its text the same on every
    call: the statement it joins is built once per text). With `fills`, it ends in RETURNING one
    row whose columns are, in order, the values of those (row, attname): the rows are written
    with them, and the objects get them.
    """

    sql: str
    params: Sequence[Any] = ()
    fills: tuple[tuple[models.Model, str], ...] = ()


def save_new_as(
    objs: "Sequence[models.Model]", by: "AbstractBaseUser | None", *, also: Sequence[Also] = ()
) -> None:
    """Save new rows as `save_as(obj, by)` saves each, in order; a row may point to one before it
    (a new visitor and the visit that names them). The `also` statements are written with them.

    On PostgreSQL, when nothing listens for the rows before they are written, all the rows,
    their history rows and the `also` statements are one statement; otherwise the `also`
    statements run first, then each row is saved in turn, in a transaction. Either way it is
    all or nothing, inside a transaction or not: outside one, the one statement commits by
    itself, and post_save follows the commit as it follows `Model.save()`'s.
    """
    using = router.db_for_write(type(objs[0]), instance=objs[0])
    chained = _chain(objs, using)
    if chained is None:
        # Inside a transaction, the caller's holds it all; outside, one of its own.
        outside = not connections[using].in_atomic_block
        with transaction.atomic(using) if outside else nullcontext():
            for extra in also:
                _run_also(extra, using)
            for obj in objs:
                save_as(obj, by)
        return
    plans, links = chained
    connection = connections[using]
    fills = _fills(objs, plans, also)
    now = timezone.now()
    values: list[Any] = [value for extra in also for value in extra.params]
    for i, (obj, plan, linked) in enumerate(zip(objs, plans, links, strict=True)):
        obj._history_user = by  # type: ignore[attr-defined]
        row = _values(plan.row, obj, using)
        taken = [index for (row_no, index), _source in fills if row_no == i]
        for index in sorted([index for index, _earlier in linked] + taken, reverse=True):
            # The statement takes the key from the row it inserted before, and a filled value
            # from the statement that returns it.
            del row[index]
        own = (
            getattr(obj, "_history_date", now),
            get_change_reason_from_object(obj),
            "+",
            None if by is None else by.pk,
        )
        values += row
        values += [
            f.get_db_prep_save(v, connection=connection)
            for f, v in zip(plan.own, own, strict=True)  # in HISTORY_OWN's order
        ]
    sql = _chain_sql(plans, links, tuple((extra.sql, len(extra.fills)) for extra in also), fills)
    with transaction.mark_for_rollback_on_error(using), connection.cursor() as cursor:
        cursor.execute(sql, values)
        returned = cursor.fetchone()
    keys, filled = returned[: len(objs)], returned[len(objs) :]
    for extra in also:
        _fill(extra, filled[: len(extra.fills)])
        filled = filled[len(extra.fills) :]
    for obj, plan, key in zip(objs, plans, keys, strict=True):
        setattr(obj, plan.row.pk.attname, plan.row.pk.to_python(key))
        obj._prepare_related_fields_for_save(operation_name="save")  # type: ignore[attr-defined]
        obj._state.db = using
        obj._state.adding = False
    for obj in objs:
        obj.skip_history_when_saving = True  # type: ignore[attr-defined]
        try:
            post_save.send(
                sender=type(obj),
                instance=obj,
                created=True,
                update_fields=None,
                raw=False,
                using=using,
            )
        finally:
            del obj.skip_history_when_saving  # type: ignore[attr-defined]


def _chain(
    objs: "Sequence[models.Model]", using: str
) -> tuple[tuple[_HistoryPlan, ...], tuple[tuple[tuple[int, int], ...], ...]] | None:
    """Return each row's plan and links (its field's index, the earlier row it names), or None
    when the rows cannot be one statement."""
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return None
    plans, links = [], []
    for i, obj in enumerate(objs):
        model = type(obj)
        plan = _history_plan(model, using)
        if (
            plan is None
            or plan.both_sql is None
            or not obj._state.adding
            or obj.pk is not None
            or hasattr(obj, "skip_history_when_saving")
            or pre_save.has_listeners(model)
            or _has_expression(plan.row, obj)
            or any(
                signal.has_listeners(plan.history.model)
                for signal in (
                    pre_create_historical_record,
                    post_create_historical_record,
                    pre_save,
                    post_save,
                )
            )
        ):
            return None
        linked = []
        for index, field in _foreign_keys(plan.row):
            if not field.is_cached(obj):  # type: ignore[attr-defined]
                continue
            target = field.get_cached_value(obj)  # type: ignore[attr-defined]
            earlier = next((j for j in range(i) if objs[j] is target), None)
            if earlier is not None:
                linked.append((index, earlier))
            elif target is not None and target.pk is None:
                return None  # an unsaved row not among these: save() says so
        plans.append(plan)
        links.append(tuple(linked))
    return tuple(plans), tuple(links)


@cache
def _foreign_keys(plan: _InsertPlan) -> tuple[tuple[int, models.Field], ...]:
    """Return the row's foreign keys with their places: the fields that may name an earlier row."""
    return tuple((i, f) for i, f in enumerate(plan.fields) if f.many_to_one)


def _run_also(extra: Also, using: str) -> None:
    with connections[using].cursor() as cursor:
        cursor.execute(extra.sql, extra.params)
        if extra.fills:
            _fill(extra, cursor.fetchone() or ())


def _fill(extra: Also, values: Sequence[Any]) -> None:
    for (obj, attname), value in zip(extra.fills, values, strict=True):
        field = cast(models.Field, obj._meta.get_field(attname))
        setattr(obj, attname, field.to_python(value))


def _fills(
    objs: "Sequence[models.Model]", plans: tuple[_HistoryPlan, ...], also: Sequence[Also]
) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """Return ((row, field index), (also statement, its column)) for every value an `also`
    statement fills."""
    fills = []
    for k, extra in enumerate(also):
        for column, (target, attname) in enumerate(extra.fills):
            i = list(objs).index(target)
            index = next(n for n, f in enumerate(plans[i].row.fields) if f.attname == attname)
            fills.append(((i, index), (k, column)))
    return tuple(fills)


@cache
def _chain_sql(
    plans: tuple[_HistoryPlan, ...],
    links: tuple[tuple[tuple[int, int], ...], ...],
    also: tuple[tuple[str, int], ...] = (),
    fills: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = (),
) -> str:
    """Return the one statement that runs the `also` statements (their SQL, how many columns
    they return), inserts the rows and their history rows, then returns the rows' keys in
    order and the values the `also` statements returned."""
    parts = [f"also_{k}{_columns(returns)} AS ({sql})" for k, (sql, returns) in enumerate(also)]
    for i, (plan, linked) in enumerate(zip(plans, links, strict=True)):
        row = ["%s"] * len(plan.row.fields)
        for index, earlier in linked:
            row[index] = f"(SELECT {plans[earlier].key} FROM row_{earlier})"
        for (row_no, index), (k, column) in fills:
            if row_no == i:
                row[index] = f"(SELECT value_{column} FROM also_{k})"
        parts.append(
            f"row_{i} AS ({plan.row_head} VALUES ({', '.join(row)}) "
            f"RETURNING {', '.join(plan.tracked_columns)})"
        )
        parts.append(
            f"history_{i} AS ({plan.history_head} "
            f"SELECT {', '.join(f'row_{i}.{c}' for c in plan.tracked_columns)}, "
            f"{', '.join(['%s'] * len(plan.own))} FROM row_{i})"
        )
    returned = [f"(SELECT {plan.key} FROM row_{i})" for i, plan in enumerate(plans)]
    returned += [
        f"(SELECT value_{column} FROM also_{k})"
        for k, (_sql, returns) in enumerate(also)
        for column in range(returns)
    ]
    return f"WITH {', '.join(parts)} SELECT {', '.join(returned)}"


def _columns(count: int) -> str:
    return f" ({', '.join(f'value_{n}' for n in range(count))})" if count else ""


@cache
def _history_manager_class(manager: Any, queryset: type) -> Any:
    return manager.from_queryset(queryset)


def _history(self: HistoryDescriptor, instance: models.Model | None, owner: type) -> Any:
    """Return `Model.history` as django-simple-history does, from a class built once."""
    return _history_manager_class(self.manager_class, self.queryset_class)(self.model, instance)


def remember_history_managers() -> None:
    """Build the manager class of `Model.history` once instead of on every read (at start-up).

    django-simple-history builds a new class (`Manager.from_queryset`, which walks the
    queryset's members with `inspect`) each time `history` is read, and every save reads it to
    write its history row: about 0.8 ms of CPU a save, two on every walk-in.
    """
    HistoryDescriptor.__get__ = _history


class VersionedModel(models.Model):
    """A record two people may change at once: each save through `save_as` bumps the version."""

    version = models.PositiveIntegerField(gettext_lazy("version"), default=1, editable=False)

    class Meta:
        abstract = True

    @classmethod
    def locked(
        cls,
        pk_or_obj: "int | str | VersionedModel",
        *,
        expected_version: int | None = None,
        related: Iterable[str] = (),
    ) -> Self:
        """Return the row, locked for this transaction (call inside `transaction.atomic`).

        With `expected_version`, refuse with `StaleVersion` when someone saved it since that
        version was shown. `related` names foreign keys to read in the same query; only this
        model's row is locked.
        """
        pk = pk_or_obj.pk if isinstance(pk_or_obj, models.Model) else pk_or_obj
        rows = cls._default_manager.select_for_update(of=("self",))
        if related:
            rows = rows.select_related(*related)
        obj = rows.get(pk=pk)
        if expected_version is not None and obj.version != expected_version:
            raise obj.stale_error(expected_version)
        return obj

    def stale_error(self, expected_version: int) -> ValidationError:
        """Return the error for a change based on `expected_version`; override to say more."""
        return StaleVersion(
            _(
                "Someone else changed this %(record)s a moment ago; nothing of yours was saved. "
                "Check it again and redo your change."
            )
            % {"record": self._meta.verbose_name}
        )


def new_form_token() -> uuid.UUID:
    """Return a fresh token for a form that creates a record (see `IdempotentModel`).

    A time-ordered UUID (version 7: the time in milliseconds, then 74 random bits), so the unique
    index on the tokens grows at its right end as the ids do. A random one (version 4) landed
    on a random page of an index of millions: after every checkpoint each insert wrote that
    whole page to the WAL again, 8 kB of 10 a walk-in, and every walk-in waits for its WAL write.
    """
    return uuid7()


class IdempotentModel(models.Model):
    """A record created from a form: the form's token makes a double submit create it once.

    The form carries a fresh token (`new_form_token`) in a hidden field; the unique index keeps
    one row per token even when two requests race.
    """

    form_token = models.UUIDField(
        gettext_lazy("form token"), null=True, blank=True, editable=False, unique=True
    )

    class Meta:
        abstract = True

    @classmethod
    def created_with(cls, form_token: uuid.UUID | None) -> Self | None:
        """Return the row a form with this token already created, or None."""
        if form_token is None:
            return None
        return cls._default_manager.filter(form_token=form_token).first()

    @classmethod
    def create_once(
        cls,
        *,
        form_token: uuid.UUID | None,
        by: "AbstractBaseUser | None",
        **fields: Any,
    ) -> tuple[Self, bool]:
        """Create the row and return (row, True); for a token already used return (row, False).

        Without a token (a command, the demo data) the row is always created. A busy path where
        a repeat is rare may skip the read before the insert and this savepoint: insert in its
        own transaction, and on IntegrityError return `created_with(form_token)` (the walk-in).
        """
        existing = cls.created_with(form_token)
        if existing is not None:
            return existing, False
        obj = cls(form_token=form_token, **fields)
        try:
            with transaction.atomic():
                save_as(obj, by)
        except IntegrityError:
            # The other request of a double tap won the race for the token: return its row.
            existing = cls.created_with(form_token)
            if existing is None:
                raise
            return existing, False
        return obj, True


def transition(
    obj: models.Model,
    to: str,
    *,
    by: "AbstractBaseUser | None",
    at: datetime | None = None,
    update_fields: Iterable[str] = (),
) -> None:
    """Move `obj` to status `to` and save it as `by`: the one way any record changes status.

    The model declares `TRANSITIONS` (from-status -> allowed to-statuses). It may declare
    `STATUS_TIMESTAMPS` (status -> field), stamped with `at` (default now) the first time that
    status is reached. An illegal move raises `IllegalTransition` and changes nothing, not even
    the object in memory. Lock the row first (`Model.locked(...)`) when two people may race.
    `update_fields` limits the save to the status, its timestamp, the version and these fields;
    empty saves every field (the caller may have set others alongside).
    """
    table: dict[str, frozenset[str]] = type(obj).TRANSITIONS  # type: ignore[attr-defined]
    current: str = obj.status  # type: ignore[attr-defined]
    if to not in table.get(current, frozenset()):
        raise _illegal(obj, to)
    obj.status = to  # type: ignore[attr-defined]
    fields = set(update_fields)
    stamped: dict[str, str] = getattr(type(obj), "STATUS_TIMESTAMPS", {})
    stamp = stamped.get(to)
    if stamp and getattr(obj, stamp) is None:
        setattr(obj, stamp, at or timezone.now())
        if fields:  # an empty update_fields saves every field, the stamp with them
            fields.add(stamp)
    if fields:
        fields.add("status")
    save_as(obj, by, update_fields=fields or None)


def _illegal(obj: models.Model, to: str) -> IllegalTransition:
    custom = getattr(obj, "illegal_transition_message", None)
    if custom is not None:
        return IllegalTransition(custom(to))
    field = obj._meta.get_field("status")
    labels = dict(getattr(field, "flatchoices", ()))
    current: str = obj.status  # type: ignore[attr-defined]
    return IllegalTransition(
        _("A %(record)s that is “%(current)s” cannot become “%(new)s”.")
        % {
            "record": obj._meta.verbose_name,
            "current": labels.get(current, current),
            "new": labels.get(to, to),
        }
    )
