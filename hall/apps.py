from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HallConfig(AppConfig):
    name = "hall"
    verbose_name = _("Waiting hall")

    def ready(self) -> None:
        from hospital.roles import Role, grant
        from reception.services.queue import register_prefix_source

        from .prefixes import prefix_sql

        # Reception numbers the walk-ins; the prefixes are configured here, above it.
        register_prefix_source(prefix_sql)
        # Supervisors keep the hall's notices current; administrators register the displays.
        grant(
            Role.SUPERVISOR,
            "hall.view_notice",
            "hall.add_notice",
            "hall.change_notice",
            "hall.delete_notice",
            "hall.view_display",
            "hall.view_queueprefix",
        )
