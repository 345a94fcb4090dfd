from typing import Any

from django.conf import settings
from django.http import HttpRequest

from .desks import current_desk, workable_desks
from .localized import hospital_name
from .roles import Role, has_role, roles_of
from .security import remaining_idle_seconds


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
        # The header's desk switcher: a lazy QuerySet, one query when the header reads it.
        "switchable_desks": (
            workable_desks(user).order_by("code") if user and has_role(user, *Role.values) else []
        ),
        # Seconds this session has left before the idle logout; the page warns a minute before.
        "idle_logout_seconds": (
            remaining_idle_seconds(request) if user and user.is_authenticated else None
        ),
    }
