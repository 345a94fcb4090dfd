"""Appointment confirmations: the call the working day before an expected visit.

The hospital's HIS keeps the schedule; the desk keeps the calls. An expected visit is an inquiry
with an expected visit date (a caller who said they would come, a return visit a follow-up call
booked). Its confirmation call is due on the working day before that date and is listed until it
is made; no row exists until the guide records what came of the call, so nothing needs a cron job.
"""

from typing import ClassVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.constraints import implies
from hospital.desks import scoped
from hospital.fields import by_user_field, choice_check, desk_field
from hospital.records import VersionedModel
from reception.models import Inquiry


class ConfirmationQuerySet(models.QuerySet["Confirmation"]):
    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "ConfirmationQuerySet":
        """Return the confirmations of the expected visits this person may open."""
        return scoped(self, user, desk="desk", departments=["inquiry__transferred_to"])


class Confirmation(VersionedModel):
    """What came of the call confirming one expected visit."""

    class Result(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        CHANGED = "changed", _("Changed to another day")
        CANCELLED = "cancelled", _("Cancelled")
        NOT_REACHED = "not_reached", _("Not reached")

    # A call not answered is tried again; the others settle the visit.
    FINAL: ClassVar[frozenset[str]] = frozenset(
        {Result.CONFIRMED, Result.CHANGED, Result.CANCELLED}
    )

    inquiry = models.OneToOneField(
        Inquiry,
        on_delete=models.PROTECT,
        related_name="confirmation",
        verbose_name=_("expected visit"),
    )
    desk = desk_field(related_name="confirmations")
    expected_on = models.DateField(_("expected on"))
    result = models.CharField(_("result"), max_length=12, choices=Result.choices)
    new_date = models.DateField(_("new date"), null=True, blank=True)
    # The expected visit on the new date, which gets its own confirmation call.
    moved_to = models.OneToOneField(
        Inquiry,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="moved_from",
        verbose_name=_("moved to"),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    called_at = models.DateTimeField(_("called at"))
    called_by = by_user_field(_("phoned by"))
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=1)
    history = HistoricalRecords()

    objects = ConfirmationQuerySet.as_manager()

    class Meta:
        verbose_name = _("appointment confirmation")
        verbose_name_plural = _("appointment confirmations")
        ordering = ["expected_on", "pk"]
        constraints = [
            choice_check(
                "result",
                ["confirmed", "changed", "cancelled", "not_reached"],
                name="confirmation_result_valid",
            ),
            implies(
                models.Q(result="changed"),
                models.Q(new_date__isnull=False),
                name="confirmation_change_has_date",
            ),
        ]
        indexes = [
            models.Index(fields=["desk", "expected_on"], name="confirmation_desk_day_idx"),
        ]

    def __str__(self) -> str:
        return _("Confirmation of inquiry %(id)s") % {"id": self.inquiry_id}
