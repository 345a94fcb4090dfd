from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AftercareConfig(AppConfig):
    name = "aftercare"
    verbose_name = _("Before and after the visit")

    def ready(self) -> None:
        from hospital.roles import Role, grant, permissions

        from .hooks import connect

        # Reception may not name aftercare: plug the calls and counts into its pages from here.
        connect()
        records = [
            "followupplan",
            "followupstep",
            "confirmation",
            "admissionhelp",
            "dischargesendoff",
        ]
        templates = ["plantemplate", "plantemplatestep"]
        grant(
            Role.SUPERVISOR,
            *permissions("aftercare", *templates, actions=("view", "add", "change")),
            *permissions("aftercare", *records),
        )
        grant(Role.DEPARTMENT_MANAGER, *permissions("aftercare", *records))
