"""The ticket numbers' counters: the last number given at a desk on a local day, per prefix."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from hospital.models import Desk


class QueueCounter(models.Model):
    """The last ticket number given at a desk on a local day under one prefix.

    The visits hold the numbers given; this row is how the next one is taken, in one statement
    (`reception.services.queue`). Not history-tracked: it records no one's action.
    """

    desk = models.ForeignKey(
        Desk, on_delete=models.CASCADE, related_name="+", verbose_name=_("desk")
    )
    day = models.DateField(_("queue day"))
    prefix = models.CharField(_("queue prefix"), max_length=3)
    last = models.PositiveIntegerField(_("queue sequence"))

    class Meta:
        verbose_name = _("ticket counter")
        verbose_name_plural = _("ticket counters")
        constraints = [
            models.UniqueConstraint(fields=["desk", "day", "prefix"], name="queue_counter_unique")
        ]

    def __str__(self) -> str:
        return f"{self.desk_id} {self.day} {self.prefix}{self.last:03d}"
