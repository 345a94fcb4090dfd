from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HandoverConfig(AppConfig):
    name = "handover"
    verbose_name = _("Handover")

    def ready(self) -> None:
        # issue 3: who may read the walk-in records in the admin
        from hospital.roles import Role, grant

        grant(Role.SUPERVISOR, "handover.view_escort", "handover.view_handoff")
        grant(Role.DEPARTMENT_MANAGER, "handover.view_escort", "handover.view_handoff")
