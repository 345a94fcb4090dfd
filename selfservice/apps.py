from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SelfserviceConfig(AppConfig):
    name = "selfservice"
    verbose_name = _("Self-service")

    def ready(self) -> None:
        # The complaint slip and the tablet's survey may not name this app: fill their places.
        from .hooks import connect

        connect()
