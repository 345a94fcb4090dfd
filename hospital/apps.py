from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HospitalConfig(AppConfig):
    name = "hospital"
    verbose_name = _("Hospital directory")

    def ready(self) -> None:
        from .roles import Role, grant, sync_role_permissions

        grant(Role.SUPERVISOR, "hospital.view_department", "hospital.view_desk")
        grant(Role.DEPARTMENT_MANAGER, "hospital.view_department")
        # After the last app has migrated, so that every app's permissions exist.
        post_migrate.connect(sync_role_permissions, dispatch_uid="hospital.sync_roles")
