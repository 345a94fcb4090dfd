from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OverviewConfig(AppConfig):
    """The top floor: pages that compose several stages of a visit."""

    name = "overview"
    verbose_name = _("Overview")

    def ready(self) -> None:
        # Handover may not name complaints: plug them into its book and sheet from up here.
        from .alert_rules import connect as connect_alert_rules
        from .handover_complaints import connect

        connect()
        connect_alert_rules()
