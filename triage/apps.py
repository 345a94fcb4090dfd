from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TriageConfig(AppConfig):
    name = "triage"
    verbose_name = _("Triage")

    def ready(self) -> None:
        # Supervisors tune the re-assess minutes; managers read what the guides decided.
        from hospital.roles import Role, grant

        grant(
            Role.SUPERVISOR,
            "triage.view_urgencylevel",
            "triage.change_urgencylevel",
            "triage.view_triagedecision",
            "triage.view_escalation",
        )
        grant(Role.DEPARTMENT_MANAGER, "triage.view_triagedecision", "triage.view_escalation")
        # Supervisors read the routing rules; administrators (superusers) edit them
        grant(Role.SUPERVISOR, "triage.view_routingrule", "triage.view_routingsettings")
