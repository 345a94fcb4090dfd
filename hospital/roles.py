"""Staff roles: one Django group each, with the permissions that role needs.

Each app declares what its models grant to which role with `grant()` in its AppConfig.ready();
after every migrate the groups are brought in line with those declarations, so a new model's
permissions reach the right people without a hand-written data migration per app.
"""

from collections.abc import Callable
from functools import cache, wraps
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied
from django.db import connection, models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.contrib.auth.models import AnonymousUser

    Person = AbstractBaseUser | AnonymousUser | None


class Role(models.TextChoices):
    GUIDE = "guide", _("Guide")
    DEPARTMENT_MANAGER = "department_manager", _("Department manager")
    SUPERVISOR = "supervisor", _("Supervisor")
    SECURITY_DESK = "security_desk", _("Security desk")


# Roles that work in the Django admin (is_staff); guides and the security desk use the app only.
ADMIN_ROLES = frozenset({Role.DEPARTMENT_MANAGER, Role.SUPERVISOR})

_PERMISSIONS: dict[str, set[str]] = {role: set() for role in Role.values}


def grant(role: str, *permissions: str) -> None:
    """Declare that `role` holds these permissions ("app_label.codename")."""
    _PERMISSIONS[role].update(permissions)


def permissions(app_label: str, *models: str, actions: tuple[str, ...] = ("view",)) -> list[str]:
    """Return the permissions ("app_label.action_model") of each of `actions` on each model."""
    return [f"{app_label}.{action}_{model}" for model in models for action in actions]


def declared_permissions() -> dict[str, set[str]]:
    return {role: set(perms) for role, perms in _PERMISSIONS.items()}


# The user's roles, kept on the user object so that a page asks the database once.
ROLES_ON_USER = "_front_desk_roles"


@cache
def roles_sql(person: str = "%s") -> str:
    """Return the statement of a person's role codes; `person` is the SQL of their key (a
    placeholder by default)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    quote = connection.ops.quote_name
    memberships = quote(get_user_model().groups.through._meta.db_table)
    names = ", ".join(f"'{role}'" for role in Role.values)
    return (
        f"SELECT g.name FROM {quote(Group._meta.db_table)} g "
        f"JOIN {memberships} m ON m.group_id = g.id WHERE m.user_id = {person} "
        f"AND g.name IN ({names})"
    )


def roles_of(user: "Person") -> frozenset[str]:
    """Return the role codes of a user, cached on the user object for the request.

    The user object is loaded afresh by every request, so a role an administrator gives or
    takes counts from the person's next request. One plain statement: every page asks, and
    the ORM's query building cost several times the statement itself.
    """
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached: frozenset[str] | None = getattr(user, ROLES_ON_USER, None)
    if cached is None:
        with connection.cursor() as cursor:
            cursor.execute(roles_sql(), [getattr(user, "pk")])  # noqa: B009
            cached = frozenset(name for (name,) in cursor.fetchall())
        setattr(user, ROLES_ON_USER, cached)
    return cached


def has_role(user: "Person", *roles: str) -> bool:
    """Return whether the user holds one of these roles; administrators hold them all."""
    if getattr(user, "is_superuser", False):
        return True
    return bool(roles_of(user) & set(roles))


def role_required(*roles: str) -> Callable:
    """Refuse the view with 403 unless the user holds one of `roles`."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not has_role(request.user, *roles):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def sync_role_permissions(using: str = "default", **kwargs: Any) -> None:
    """Make each role's group hold exactly the declared permissions (post_migrate)."""
    from django.contrib.auth.models import Group, Permission

    wanted: dict[str, set[str]] = declared_permissions()
    all_codes = {code for codes in wanted.values() for code in codes}
    by_code = {
        f"{p.content_type.app_label}.{p.codename}": p
        for p in Permission.objects.using(using).select_related("content_type")
        if f"{p.content_type.app_label}.{p.codename}" in all_codes
    }
    for role, codes in wanted.items():
        group, _created = Group.objects.using(using).get_or_create(name=role)
        group.permissions.set([by_code[c] for c in sorted(codes) if c in by_code])
