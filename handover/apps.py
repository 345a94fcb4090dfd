from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HandoverConfig(AppConfig):
    name = "handover"
    verbose_name = _("Handover")

    def ready(self) -> None:
        # Who may read the walk-in records in the admin.
        from hospital.roles import Role, grant, permissions

        grant(Role.SUPERVISOR, "handover.view_escort", "handover.view_handoff")
        grant(Role.DEPARTMENT_MANAGER, "handover.view_escort", "handover.view_handoff")
        # The supervisor (shift lead) reads every register and keeps the configuration.
        configuration = ["shift", "checklisttemplate", "checklisttemplateitem", "key", "equipment"]
        records = ["handoversheet", "keyloan", "equipmentloan", "afterhoursbook", "handovertask"]
        grant(
            Role.SUPERVISOR,
            *permissions("handover", *configuration, actions=("view", "add", "change")),
            *permissions("handover", *records),
        )
