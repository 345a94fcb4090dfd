from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReceptionConfig(AppConfig):
    name = "reception"
    verbose_name = _("Reception")

    def ready(self) -> None:
        # Who may read the walk-in records in the admin.
        from hospital.roles import Role, grant

        grant(Role.SUPERVISOR, "reception.view_visitor", "reception.view_visit")
        grant(Role.DEPARTMENT_MANAGER, "reception.view_visit")
        # Supervisors read inquiries, feedback and improvement plans in the admin.
        grant(
            Role.SUPERVISOR,
            "reception.view_inquiry",
            "reception.view_feedback",
            "reception.view_improvementplan",
        )
