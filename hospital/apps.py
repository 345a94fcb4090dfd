from django.apps import AppConfig
from django.core import checks
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class HospitalConfig(AppConfig):
    name = "hospital"
    verbose_name = _("Hospital directory")

    def ready(self) -> None:
        from . import workdays
        from .models import CalendarDay
        from .roles import Role, grant, sync_role_permissions

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
