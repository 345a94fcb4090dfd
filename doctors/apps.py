from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DoctorsConfig(AppConfig):
    name = "doctors"
    verbose_name = _("Doctors")

    def ready(self) -> None:
        from hospital.roles import Role, grant

        from .hooks import connect

        # Reception's inquiry form may not name this app: fill its place for the directory.
        connect()

        keep = [
            f"doctors.{action}_{model}"
            for action in ("view", "add", "change", "delete")
            for model in ("doctor", "clinicsession", "absence")
        ]
        grant(Role.DEPARTMENT_MANAGER, *keep, "doctors.view_speciality")
        grant(
            Role.SUPERVISOR,
            *keep,
            *(f"doctors.{a}_speciality" for a in ("view", "add", "change", "delete")),
        )
