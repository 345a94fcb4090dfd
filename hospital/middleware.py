from functools import cache, partial
from typing import Any

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import (
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,
)
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.middleware import AuthenticationMiddleware, auser
from django.contrib.auth.models import AnonymousUser
from django.db import connections, router
from django.http import HttpRequest
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

# roles_of keeps a request's roles on its user object under ROLES_ON_USER and reads them with
# roles_sql(); current_desk keeps the desk under DESK_ON_USER and picks it by desk_choice_sql():
# the user's read takes both statements as subqueries and leaves the roles and the desk there.
from .desks import DESK_ON_USER, desk_choice_sql, desk_columns, desks_from_rows, pinned_desk
from .models import Desk
from .roles import ROLES_ON_USER, Role, roles_sql


def chosen_language(request: HttpRequest) -> str:
    """Return the language of this request: the one chosen in the switcher, else the default."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) or ""
    if not translation.check_for_language(language):
        language = settings.LANGUAGE_CODE
    return translation.get_supported_language_variant(language)


class FrontDeskLocaleMiddleware(LocaleMiddleware):
    """Speak the language chosen in the app's switcher, else Simplified Chinese.

    The browser's Accept-Language is ignored on purpose: shared tablets often come configured in
    English, and a guide should not have to hunt for the switcher before her first walk-in.
    """

    def process_request(self, request: HttpRequest) -> None:
        translation.activate(chosen_language(request))
        request.LANGUAGE_CODE = translation.get_language()


# --- The logged-in user of every request ------------------------------------------------------

# The login backend whose read of the user `read_user` repeats. Its path is stored in every
# session (and the board's poll checks it), so it stays the backend; only its read is replaced.
_MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


@cache
def _user_statement(using: str) -> tuple[str, tuple[str, ...], tuple[tuple[Any, list], ...], bool]:
    """Return the statement that reads a user by key with their roles and their desk, its
    attnames, each column's converters (as the ORM applies them: SQLite's booleans and
    datetimes, none on PostgreSQL) and whether the roles come as one comma-separated text
    (SQLite). Its placeholders: `%(user)s`, the user's key; `%(pinned)s`, the session's desk."""
    meta = get_user_model()._meta
    connection = connections[using]
    quote = connection.ops.quote_name
    fields = meta.concrete_fields
    columns = ", ".join(f"u.{quote(str(f.column))}" for f in fields)
    # The roles' own statement, as a subquery: the page asks for them next.
    if connection.vendor == "postgresql":
        roles, joined = f"ARRAY({roles_sql('%(user)s')})", False
    else:
        roles, joined = f"(SELECT group_concat(name, ',') FROM ({roles_sql('%(user)s')}))", True
    # The desk of a tablet page, as `current_desk` picks it: a supervisor and an administrator
    # may work at every desk.
    superuser = quote(str(meta.get_field("is_superuser").column))
    every = f"u.{superuser} OR '{Role.SUPERVISOR.value}' IN ({roles_sql('%(user)s')})"
    sql = (
        f"SELECT {columns}, {roles}, {desk_columns('d')} FROM {quote(meta.db_table)} u "
        f"LEFT JOIN {quote(Desk._meta.db_table)} d ON d.id = ({desk_choice_sql(every)}) "
        f"WHERE u.{quote(str(meta.pk.column))} = %(user)s"
    )
    converters = []
    for field in fields:
        col = field.get_col(meta.db_table)
        converters.append(
            (col, connection.ops.get_db_converters(col) + col.get_db_converters(connection))
        )
    return sql, tuple(f.attname for f in fields), tuple(converters), joined


def read_user(user_id: Any, pinned: int | None = None) -> Any:
    """Return the user with this key as `User.objects.get(pk=user_id)` would, or None; with
    their roles already known to `hospital.roles.roles_of` and their desk (the one `pinned` in
    the session, else as `current_desk` picks it) to `hospital.desks.current_desk`.

    Every request of a logged-in person reads its user, nearly every page asks for the roles
    and every tablet page for the desk. Through the ORM the query building cost about three
    times the statement itself, so the user, the roles and the desk are one statement, written
    once.
    """
    model = get_user_model()
    using = router.db_for_read(model)
    connection = connections[using]
    sql, attnames, converters, joined = _user_statement(using)
    with connection.cursor() as cursor:
        cursor.execute(sql, {"user": user_id, "pinned": pinned})
        row = cursor.fetchone()
    if row is None:
        return None
    count = len(attnames)
    values = list(row[:count])
    for i, (col, functions) in enumerate(converters):
        for function in functions:
            values[i] = function(values[i], col, connection)
    user = model.from_db(using, attnames, values)
    names = row[count] or ()
    setattr(user, ROLES_ON_USER, frozenset(names.split(",") if joined and names else names))
    desk = row[count + 1 :]
    setattr(user, DESK_ON_USER, desks_from_rows([desk])[0] if desk[0] is not None else None)
    return user


def get_user(request: HttpRequest) -> Any:
    """Return the session's user or AnonymousUser, as `django.contrib.auth.get_user` does.

    The same checks in the same order: the backend named in the session must still be
    configured, the user must exist and may log in (ModelBackend: active), and the session's
    hash of the password must match (a changed password logs out the other sessions; a hash
    made with a fallback secret is renewed). Only ModelBackend's ORM read is `read_user`.
    """
    session = request.session
    user = None
    try:
        # Always a string in the session; the key's own type back.
        user_id = get_user_model()._meta.pk.to_python(session[SESSION_KEY])
        backend_path = session[BACKEND_SESSION_KEY]
    except KeyError:
        pass
    else:
        if backend_path in settings.AUTHENTICATION_BACKENDS:
            backend = auth.load_backend(backend_path)
            if backend_path == _MODEL_BACKEND and type(backend) is ModelBackend:
                user = read_user(user_id, pinned_desk(session))
                if user is not None and not backend.user_can_authenticate(user):
                    user = None
            else:
                user = backend.get_user(user_id)
            if hasattr(user, "get_session_auth_hash"):
                user = _verified(request, user)
    return user or AnonymousUser()


def _verified(request: HttpRequest, user: Any) -> Any:
    """Return the user when the session's password hash matches, else flush the session."""
    session = request.session
    session_hash = session.get(HASH_SESSION_KEY)
    if session_hash:
        session_auth_hash = user.get_session_auth_hash()
        if constant_time_compare(session_hash, session_auth_hash):
            return user
        if any(
            constant_time_compare(session_hash, fallback)
            for fallback in user.get_session_auth_fallback_hash()
        ):
            session.cycle_key()
            session[HASH_SESSION_KEY] = session_auth_hash
            return user
    session.flush()
    return None


def _cached_user(request: HttpRequest) -> Any:
    if not hasattr(request, "_cached_user"):
        request._cached_user = get_user(request)  # type: ignore[attr-defined]
    return request._cached_user  # type: ignore[attr-defined]


class FrontDeskAuthenticationMiddleware(AuthenticationMiddleware):
    """Django's AuthenticationMiddleware, reading the user with `get_user` above."""

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)  # its check that sessions come first
        request.user = SimpleLazyObject(partial(_cached_user, request))  # type: ignore[assignment]
        request.auser = partial(auser, request)
