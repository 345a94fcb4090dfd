"""Reference numbers: one counter row per year, locked while a number is taken."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferenceCounter(models.Model):
    """The last complaint number given out in a year; rows are locked while a number is taken."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self) -> str:
        return f"{self.year}: {self.last_number}"
