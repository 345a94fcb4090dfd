from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "complaints"
    verbose_name = _("Complaints")

    def ready(self) -> None:
        from hospital.roles import Role, grant

        # Managers and supervisors work complaints in the admin; nobody deletes one.
        for role in (Role.DEPARTMENT_MANAGER, Role.SUPERVISOR):
            grant(
                role,
                "complaints.view_complaint",
                "complaints.add_complaint",
                "complaints.change_complaint",
            )
