"""Links a visitor opens on their own phone, without logging in, and the wrong guesses made on them.

A link is an unguessable token printed as a QR code: on the complaint slip it shows the complaint's
progress once the reference and the last four digits of the phone are given; on the exit-survey
slip (or the tablet) it opens that visit's survey, once, for 72 hours; on the ticket slip it shows
the visit's own status (number, where to go, called or how many ahead) until a few hours after the
visit ends.
"""

import datetime as dt
import secrets
from typing import TYPE_CHECKING

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints.models import Complaint
from hospital.clock import day_bounds
from hospital.desks import scoped
from hospital.fields import by_user_field, desk_field
from reception.models import Feedback, Visit

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

# Seed 003 §一(五): the survey within 72 hours of the visit.
SURVEY_HOURS = 72
# A complaint's link keeps working this long after the complaint is closed or withdrawn.
COMPLAINT_DAYS_AFTER_CLOSING = 30
# A visit's status link keeps working this long after the visit ends, and at most this long after
# the end of the local day it arrived on (a visit forgotten open does not keep its link alive).
STATUS_HOURS_AFTER = 3
# 16 random bytes: 128 bits, written in 22 URL-safe characters.
TOKEN_BYTES = 16


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class LinkQuerySet(models.QuerySet["Link"]):
    def visible_to(self, user: "AbstractBaseUser | AnonymousUser") -> "LinkQuerySet":
        """Return the links of this person's desks (supervisors all); the visitor holds the token."""
        return scoped(self, user, desk="desk")


class Link(models.Model):
    """One QR link: to a complaint's progress, a visit's exit survey or a visit's status."""

    class Purpose(models.TextChoices):
        COMPLAINT = "complaint", _("Complaint progress")
        SURVEY = "survey", _("Exit survey")
        STATUS = "status", _("Visit status")

    token = models.CharField(_("token"), max_length=32, unique=True, default=new_token)
    purpose = models.CharField(_("purpose"), max_length=10, choices=Purpose.choices)
    complaint = models.OneToOneField(
        Complaint,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="selfservice_link",
        verbose_name=_("complaint"),
    )
    # One link per visit and purpose (see the constraint): its survey and its status page.
    visit = models.ForeignKey(
        Visit,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="selfservice_links",
        verbose_name=_("visit"),
    )
    desk = desk_field(related_name="selfservice_links")
    created_by = by_user_field(_("issued by"), required=True)
    created_at = models.DateTimeField(_("issued at"), default=timezone.now)
    # The survey's deadline; a complaint's link ends with the complaint (see `expires_at_now`).
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    feedback = models.OneToOneField(
        Feedback,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="survey_link",
        verbose_name=_("feedback given"),
    )

    objects = LinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("self-service link")
        verbose_name_plural = _("self-service links")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(purpose="complaint", complaint__isnull=False, visit__isnull=True)
                    | models.Q(
                        purpose="survey",
                        visit__isnull=False,
                        complaint__isnull=True,
                        expires_at__isnull=False,
                    )
                    | models.Q(purpose="status", visit__isnull=False, complaint__isnull=True)
                ),
                name="selfservice_link_purpose_matches",
            ),
            models.UniqueConstraint(
                fields=["visit", "purpose"], name="selfservice_link_one_per_visit_purpose"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} {self.pk}"

    def expires_at_now(self) -> dt.datetime | None:
        """Return when the link stops working, or None while its complaint is open."""
        if self.purpose == self.Purpose.SURVEY:
            return self.expires_at
        if self.purpose == self.Purpose.STATUS:
            visit = self.visit
            assert visit is not None  # the purpose constraint holds it
            after = dt.timedelta(hours=STATUS_HOURS_AFTER)
            _start, day_end = day_bounds(timezone.localdate(visit.arrived_at))
            ends = day_end + after
            if visit.closed_at is not None and not visit.is_open:
                ends = min(ends, visit.closed_at + after)
            return ends
        complaint = self.complaint
        assert complaint is not None  # the purpose constraint holds it
        ended = complaint.closed_at or complaint.withdrawn_at
        if ended is None:
            return None
        return ended + dt.timedelta(days=COMPLAINT_DAYS_AFTER_CLOSING)

    def expired(self, now: dt.datetime | None = None) -> bool:
        ends = self.expires_at_now()
        return ends is not None and (now or timezone.now()) >= ends


class WrongGuess(models.Model):
    """A wrong reference or phone digits typed on a complaint link, from one address."""

    link = models.ForeignKey(
        Link, on_delete=models.CASCADE, related_name="wrong_guesses", verbose_name=_("link")
    )
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("wrong guess")
        verbose_name_plural = _("wrong guesses")
        indexes = [
            models.Index(fields=["link", "ip", "at"], name="wrong_guess_link_ip_idx"),
            models.Index(fields=["link", "at"], name="wrong_guess_link_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.ip} {self.at:%Y-%m-%d %H:%M}"
