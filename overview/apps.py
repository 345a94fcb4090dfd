from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OverviewConfig(AppConfig):
    """The top floor: pages that compose several stages of a visit."""

    name = "overview"
    verbose_name = _("Overview")
