from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DoctorsConfig(AppConfig):
    name = "doctors"
    verbose_name = _("Doctors")

    def ready(self) -> None:
        from hospital.roles import Role, grant, permissions

        from .hooks import connect

        # Reception's inquiry form may not name this app: fill its place for the directory.
        connect()

        every = ("view", "add", "change", "delete")
        keep = permissions("doctors", "doctor", "clinicsession", "absence", actions=every)
        grant(Role.DEPARTMENT_MANAGER, *keep, "doctors.view_speciality")
        grant(Role.SUPERVISOR, *keep, *permissions("doctors", "speciality", actions=every))
