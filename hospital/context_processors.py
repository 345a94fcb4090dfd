from functools import cache
from typing import Any

from django.conf import settings
from django.db import connection
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from .desks import (
    _assigned_sql,
    current_desk,
    desk_columns,
    desks_from_rows,
    works_at_every_desk,
)
from .localized import hospital_name
from .models import Desk
from .roles import Role, has_role, roles_of
from .security import remaining_idle_seconds

# The desks read for this request, kept on it: the header and the board's page ask for them.
_ON_REQUEST = "_front_desk_switchable_desks"


@cache
def _switchable_sql() -> str:
    """Return the statement of `workable_desks` (the active desks among `desks_of`, every one
    with `every`), by code, each desk's columns in the model's order: as `current_desk`'s, one
    plain statement, since building the ORM's query with its subquery cost several times running
    it on every page's header."""
    quote = connection.ops.quote_name
    return (
        f"SELECT {desk_columns('d')} FROM {quote(Desk._meta.db_table)} d "
        f"WHERE d.is_active AND (%(every)s OR d.id IN ({_assigned_sql('%(user)s')})) "
        "ORDER BY d.code"
    )


def switchable_desks(request: HttpRequest) -> list[Desk]:
    """Return the active desks this person may make their tablet work at, by code (none for
    anyone without a role), read once per request."""
    if hasattr(request, _ON_REQUEST):
        cached: list[Desk] = getattr(request, _ON_REQUEST)
        return cached
    user = getattr(request, "user", None)
    desks: list[Desk] = []
    if user is not None and has_role(user, *Role.values):
        every = works_at_every_desk(user)
        with connection.cursor() as cursor:
            cursor.execute(_switchable_sql(), {"user": user.pk, "every": every})
            desks = desks_from_rows(cursor.fetchall())
    setattr(request, _ON_REQUEST, desks)
    return desks


def front_desk(request: HttpRequest) -> dict[str, Any]:
    """Give every template the hospital's name, the user's roles and the current desk."""
    user = getattr(request, "user", None)
    roles = roles_of(user) if user is not None else frozenset()
    is_admin = bool(user and user.is_superuser)
    return {
        "hospital_name": hospital_name(),
        "hospital_phone": settings.HOSPITAL_PHONE,
        "user_roles": roles,
        "is_guide": is_admin or Role.GUIDE in roles,
        "is_manager": is_admin or Role.DEPARTMENT_MANAGER in roles,
        "is_supervisor": is_admin or Role.SUPERVISOR in roles,
        "is_security": is_admin or Role.SECURITY_DESK in roles,
        "is_staff_admin": bool(user and user.is_authenticated and user.is_staff),
        "current_desk": current_desk(request) if user and has_role(user, *Role.values) else None,
        # The header's desk switcher: read when the header asks for it (one query).
        "switchable_desks": SimpleLazyObject(lambda: switchable_desks(request)),
        # Seconds this session has left before the idle logout; the page warns a minute before.
        "idle_logout_seconds": (
            remaining_idle_seconds(request) if user and user.is_authenticated else None
        ),
    }
