from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HandoverConfig(AppConfig):
    name = "handover"
    verbose_name = _("Handover")

    def ready(self) -> None:
        # Who may read the walk-in records in the admin.
        from hospital.roles import Role, grant

        grant(Role.SUPERVISOR, "handover.view_escort", "handover.view_handoff")
        grant(Role.DEPARTMENT_MANAGER, "handover.view_escort", "handover.view_handoff")
        # The supervisor (shift lead) reads every register and keeps the configuration.
        configuration = ["shift", "checklisttemplate", "checklisttemplateitem", "key", "equipment"]
        records = ["handoversheet", "keyloan", "equipmentloan", "afterhoursbook", "handovertask"]
        grant(
            Role.SUPERVISOR,
            *[
                f"handover.{action}_{m}"
                for m in configuration
                for action in ("view", "add", "change")
            ],
            *[f"handover.view_{m}" for m in records],
        )
