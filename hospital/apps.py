from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.core import checks
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class HospitalConfig(AppConfig):
    name = "hospital"
    verbose_name = _("Hospital directory")

    def ready(self) -> None:
        from . import workdays
        from .models import CalendarDay
        from .records import remember_history_managers
        from .roles import Role, grant, sync_role_permissions
        from .security import record_login

        remember_history_managers()
        grant(Role.SUPERVISOR, "hospital.view_department", "hospital.view_desk")
        grant(Role.DEPARTMENT_MANAGER, "hospital.view_department")
        # After the last app has migrated, so that every app's permissions exist.
        post_migrate.connect(sync_role_permissions, dispatch_uid="hospital.sync_roles")
        # The working-day cache of this process sees an admin's entry at once; post_delete also
        # fires for each row of a bulk delete (the admin's "delete selected").
        post_save.connect(
            workdays.clear_cache, sender=CalendarDay, dispatch_uid="hospital.calendar_saved"
        )
        post_delete.connect(
            workdays.clear_cache, sender=CalendarDay, dispatch_uid="hospital.calendar_deleted"
        )
        checks.register(workdays.check_calendar_coverage)
        checks.register(check_security_settings, checks.Tags.security, deploy=True)
        # The last login is written without a history row (see security.record_login).
        user_logged_in.disconnect(dispatch_uid="update_last_login")
        user_logged_in.connect(record_login, dispatch_uid="hospital.record_login")


# The protections meant for production: (setting, environment variable, what is lost, check id).
_PROTECTIONS = [
    (
        "ADMIN_OTP_REQUIRED",
        "ADMIN_OTP_REQUIRED",
        "staff open the admin with a password alone",
        "hospital.W010",
    ),
    ("AXES_ENABLED", "LOGIN_LOCKOUT", "passwords can be guessed without limit", "hospital.W011"),
]


def check_security_settings(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """Warn (check --deploy) when a protection meant for production is switched off."""
    return [
        checks.Warning(
            f"{variable} is off: {lost}.",
            hint=f"Unset {variable} (it is on by default) in production.",
            id=check_id,
        )
        for setting, variable, lost, check_id in _PROTECTIONS
        if not getattr(settings, setting)
    ]
