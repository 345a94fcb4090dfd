from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo data for trying Front Desk out; installed only with DEBUG or DEMO on."""

    name = "demo"
    verbose_name = _("Demo data")
