"""The desks a person may work at, and the one a tablet is working at.

A guide works at the desks assigned on their staff profile (the home desk and the `desks` list):
those decide whose visits, inquiries, sheets and loans they read. The desk a tablet picks is
remembered in the session and is always one of them. Supervisors and administrators may work
at any active desk.
"""

from collections.abc import Iterable
from functools import cache, reduce
from operator import or_
from typing import TYPE_CHECKING, Any, TypeVar, cast

from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import HttpRequest

from .models import Department, Desk, StaffProfile
from .roles import Role, has_role

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser

    from .roles import Person

_Records = TypeVar("_Records", bound=QuerySet[Any])

SESSION_KEY = "front_desk_desk_id"
# The desk found for this request, kept on it so that a page asks the database once.
_ON_REQUEST = "_front_desk_desk"
# The desk read with the user by the authentication middleware (None for none).
DESK_ON_USER = "_front_desk_desk_read"


def pinned_desk(session: Any) -> int | None:
    """Return the key of the desk this tablet's session was pinned to, if any."""
    pinned = session.get(SESSION_KEY)
    return pinned if isinstance(pinned, int) else None


def works_at_every_desk(user: "Person") -> bool:
    """Return whether this person may work at (and read) every desk: supervisors, administrators."""
    return bool(getattr(user, "is_superuser", False)) or has_role(user, Role.SUPERVISOR)


@cache
def _assigned_sql(person: str) -> str:
    """Return a statement of the ids of the desks on the staff profile of `person` (a
    placeholder): the home desk and the `desks` list."""
    quote = connection.ops.quote_name
    profiles = quote(StaffProfile._meta.db_table)
    listed = quote(StaffProfile.desks.through._meta.db_table)
    return (
        f"SELECT p.home_desk_id FROM {profiles} p "
        f"WHERE p.user_id = {person} AND p.home_desk_id IS NOT NULL "
        f"UNION SELECT a.desk_id FROM {listed} a JOIN {profiles} p ON p.id = a.staffprofile_id "
        f"WHERE p.user_id = {person}"
    )


def desks_of(user: "Person") -> QuerySet[Desk]:
    """Return the desks assigned to this person on their staff profile, active or not.

    For a supervisor or an administrator every desk. A subquery: filter with `desk__in=`.
    Written as one plain subquery: every list a guide opens is filtered by it, and building it
    from two ORM subqueries cost more CPU than the list's own query.
    """
    if not getattr(user, "is_authenticated", False):
        return Desk.objects.none()
    if works_at_every_desk(user):
        return Desk.objects.all()
    user_id = cast(int, getattr(user, "pk", 0))
    return Desk.objects.filter(pk__in=RawSQL(_assigned_sql("%s"), (user_id, user_id)))


def scoped(
    records: _Records,
    user: "Person",
    *,
    desk: str | None = None,
    departments: Iterable[str] = (),
    mine: Iterable[str] = (),
    also: Iterable[str] = (),
) -> _Records:
    """Return the records `user` may read, by the one rule every model's `visible_to` applies.

    Supervisors and administrators read everything, and so do the roles in `also`; a guide
    reads the records whose `desk` lookup is one of their desks; a department manager those whose
    lookups in `departments` name a department they manage; anyone the records whose lookups in
    `mine` name themselves (the sheet they signed); everyone else nothing.
    """
    if not getattr(user, "is_authenticated", False):
        return records.none()
    also = tuple(also)
    if works_at_every_desk(user) or (also and has_role(user, *also)):
        return records
    conditions = [Q(**{lookup: user}) for lookup in mine]
    if desk and has_role(user, Role.GUIDE):
        conditions.append(Q(**{f"{desk}__in": desks_of(user)}))
    if has_role(user, Role.DEPARTMENT_MANAGER):
        managed = Department.objects.managed_by(cast("AbstractBaseUser", user))
        conditions.extend(Q(**{f"{lookup}__in": managed}) for lookup in departments)
    if not conditions:
        return records.none()
    return records.filter(reduce(or_, conditions))


def workable_desks(user: "Person") -> QuerySet[Desk]:
    """Return the active desks this person may make their tablet work at."""
    return desks_of(user).filter(is_active=True)


def desk_columns(alias: str) -> str:
    """Return a desk's columns in the model's order, for a plain statement `desks_from_rows` reads."""
    quote = connection.ops.quote_name
    return ", ".join(
        f"{alias}.{quote(cast(str, field.column))}" for field in Desk._meta.concrete_fields
    )


@cache
def _desk_reading(
    vendor: str,
) -> tuple[tuple[str, ...], tuple[tuple[int, Any, tuple[Any, ...]], ...]]:
    """Return a desk's attnames and, for each column the ORM converts on this database (SQLite's
    booleans; none on PostgreSQL), its index, column and converters: the same on every read."""
    fields = Desk._meta.concrete_fields
    converters = []
    for at, field in enumerate(fields):
        column = field.get_col(Desk._meta.db_table)
        functions = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if functions:
            converters.append((at, column, tuple(functions)))
    return tuple(field.attname for field in fields), tuple(converters)


def desks_from_rows(rows: Iterable[tuple[Any, ...]]) -> list[Desk]:
    """Return the desks of rows selected with `desk_columns`, each value converted as the ORM
    would (SQLite's booleans), without a raw queryset's work per row (it resolves its columns and
    annotations for every row)."""
    # The converters once per process: every tablet page reads its desk, and finding them again
    # (each through the connection's thread-local proxy) cost more than the read's statement.
    names, converters = _desk_reading(connection.vendor)
    desks = []
    for row in rows:
        values = list(row)
        for at, column, functions in converters:
            for function in functions:
                values[at] = function(values[at], column, connection)
        desks.append(Desk.from_db(None, names, values))
    return desks


def desk_choice_sql(every: str) -> str:
    """Return the statement of the key of a person's desk: the tablet's, else the home desk,
    else the first by code, among the active desks they may work at (all of them when the SQL
    `every` is true). Its placeholders: `%(user)s`, the person's key; `%(pinned)s`, the desk in
    the session (NULL for none). The user's own read takes it as a subquery (`read_user`)."""
    quote = connection.ops.quote_name
    profiles = quote(StaffProfile._meta.db_table)
    home = f"(SELECT p.home_desk_id FROM {profiles} p WHERE p.user_id = %(user)s)"
    return (
        f"SELECT c.id FROM {quote(Desk._meta.db_table)} c "
        f"WHERE c.is_active AND ({every} OR c.id IN ({_assigned_sql('%(user)s')})) "
        f"ORDER BY CASE WHEN c.id = %(pinned)s THEN 0 WHEN c.id = {home} THEN 1 ELSE 2 END, "
        "c.code LIMIT 1"
    )


@cache
def _current_desk_sql() -> str:
    """Return the statement that reads a person's desk as `desk_choice_sql` picks it."""
    table = connection.ops.quote_name(Desk._meta.db_table)
    return (
        f"SELECT {desk_columns('d')} FROM {table} d WHERE d.id = ({desk_choice_sql('%(every)s')})"
    )


def current_desk(request: HttpRequest) -> Desk | None:
    """Return the desk of this tablet's session, else the user's home desk, else the first
    desk they may work at; None for a person who may work at none.

    A desk in the session that the person may no longer work at is ignored. One plain
    statement, cached on the request: every tablet page asks, and building the same rule
    through the ORM (`workable_desks`, two subqueries) cost ten times the statement's CPU.
    """
    if hasattr(request, _ON_REQUEST):
        cached: Desk | None = getattr(request, _ON_REQUEST)
        return cached
    user = request.user
    desk = None
    if user.is_authenticated and hasattr(user, DESK_ON_USER):
        # Read with the user (`hospital.middleware.read_user`) from this session's pin.
        desk = getattr(user, DESK_ON_USER)
    elif user.is_authenticated:
        pinned = pinned_desk(request.session)
        with connection.cursor() as cursor:
            cursor.execute(
                _current_desk_sql(),
                {
                    "user": user.pk,
                    "every": works_at_every_desk(user),
                    "pinned": pinned,
                },
            )
            desk = next(iter(desks_from_rows(cursor.fetchall())), None)
    setattr(request, _ON_REQUEST, desk)
    return desk


def choose_desk(request: HttpRequest, desk: Desk) -> None:
    """Make this tablet work at `desk`; the caller has checked it is one of `workable_desks`."""
    request.session[SESSION_KEY] = desk.pk
    setattr(request, _ON_REQUEST, desk)
