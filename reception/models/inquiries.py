"""Questions put to the desk in person or by phone, and the callbacks they become."""

import datetime

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.constraints import implies
from hospital.desks import scoped
from hospital.fields import by_user_field, choice_check, department_field, desk_field
from hospital.models import Desk
from hospital.phones import MaskedPhoneMixin, format_phone
from hospital.records import IdempotentModel, StaleVersion, VersionedModel


class InquiryQuerySet(models.QuerySet["Inquiry"]):
    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "InquiryQuerySet":
        """Return the inquiries this person may open: all for supervisors, a guide's those
        put to their desks, a department manager's those transferred to their departments."""
        return scoped(self, user, desk="desk", departments=["transferred_to"])

    def of_desk(self, desk: Desk) -> "InquiryQuerySet":
        return self.filter(desk=desk)

    def open_callbacks(self) -> "InquiryQuerySet":
        return self.filter(outcome=Inquiry.Outcome.CALLBACK, callback_done_at__isnull=True)

    def callbacks_due(self, desk: Desk, at: datetime.datetime) -> "InquiryQuerySet":
        """Return the desk's open callbacks due on `at`'s day or earlier, the oldest due first.

        The handover sheet lists these as "callbacks due"; the callbacks page shows the same.
        """
        day = timezone.localdate(at)
        return (
            self.of_desk(desk)
            .open_callbacks()
            .filter(callback_due_on__lte=day)
            .order_by("callback_due_on", "received_at", "pk")
        )


class Inquiry(MaskedPhoneMixin, VersionedModel, IdempotentModel):
    """A question put to the desk in person or by phone, and what became of it."""

    class Channel(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        PHONE_IN = "phone_in", _("Incoming call")
        PHONE_OUT = "phone_out", _("Outgoing call")
        MISSED = "missed", _("Missed call")

    PHONE_CHANNELS = (Channel.PHONE_IN, Channel.PHONE_OUT, Channel.MISSED)

    class Topic(models.TextChoices):
        DEPARTMENT = "department", _("Which department")
        DOCTOR = "doctor", _("Doctor")
        HOURS = "hours", _("Opening hours")
        FEES = "fees", _("Fees")
        INSURANCE = "insurance", _("Insurance")
        DIRECTIONS = "directions", _("Directions")
        RESULTS = "results", _("Results")
        OTHER = "other", _("Other")

    class Outcome(models.TextChoices):
        ANSWERED = "answered", _("Answered")
        TRANSFERRED = "transferred", _("Transferred to a department")
        CALLBACK = "callback", _("Callback needed")
        CLOSED = "closed", _("Closed")

    desk = desk_field(related_name="inquiries")
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        help_text=_("Stored in E.164, so that a later walk-in with this phone is matched."),
    )
    caller_name = models.CharField(_("name"), max_length=60, blank=True)
    topic = models.CharField(_("topic"), max_length=12, choices=Topic.choices, default=Topic.OTHER)
    question = models.TextField(_("question"), blank=True)
    answer = models.TextField(_("answer given"), blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=12, choices=Outcome.choices, default=Outcome.ANSWERED
    )
    transferred_to = department_field(
        _("transferred to"), related_name="transferred_inquiries", required=False
    )
    transferred_to_person = models.CharField(
        _("transferred to whom"),
        max_length=60,
        blank=True,
        help_text=_("Who took it over, e.g. Nurse Li at the nurses' station."),
    )
    received_at = models.DateTimeField(_("received at"))
    rang_at = models.DateTimeField(_("phone rang at"), null=True, blank=True)
    answered_at = models.DateTimeField(_("phone answered at"), null=True, blank=True)
    work_day = models.DateField(
        _("working day"),
        help_text=_("The working day whose list it is on: after hours, the next working day."),
    )
    expected_visit_on = models.DateField(
        _("expected visit date"),
        null=True,
        blank=True,
        help_text=_("When the caller said they would come."),
    )
    callback_due_on = models.DateField(_("call back by"), null=True, blank=True)
    callback_done_at = models.DateTimeField(_("called back at"), null=True, blank=True)
    callback_done_by = by_user_field(_("called back by"))
    callback_result = models.TextField(_("callback result"), blank=True)
    recorded_by = by_user_field(_("recorded by"), related_name="recorded_inquiries", required=True)
    history = HistoricalRecords()

    objects = InquiryQuerySet.as_manager()

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-received_at"]
        constraints = [
            choice_check(
                "channel",
                ["in_person", "phone_in", "phone_out", "missed"],
                name="inquiry_channel_valid",
            ),
            choice_check(
                "topic",
                [
                    "department",
                    "doctor",
                    "hours",
                    "fees",
                    "insurance",
                    "directions",
                    "results",
                    "other",
                ],
                name="inquiry_topic_valid",
            ),
            choice_check(
                "outcome",
                ["answered", "transferred", "callback", "closed"],
                name="inquiry_outcome_valid",
            ),
            # A missed call has no question yet; everything else must say what was asked.
            models.CheckConstraint(
                condition=models.Q(channel="missed") | ~models.Q(question=""),
                name="inquiry_question_required",
            ),
            implies(
                models.Q(channel="missed"),
                models.Q(answered_at__isnull=True),
                name="inquiry_missed_not_answered",
            ),
            models.CheckConstraint(
                condition=models.Q(answered_at__isnull=True)
                | models.Q(rang_at__isnull=True)
                | models.Q(answered_at__gte=models.F("rang_at")),
                name="inquiry_answered_after_ringing",
            ),
            implies(
                models.Q(outcome="transferred"),
                models.Q(transferred_to__isnull=False),
                name="inquiry_transfer_has_department",
            ),
            implies(
                models.Q(outcome="callback"),
                models.Q(callback_due_on__isnull=False),
                name="inquiry_callback_has_due_date",
            ),
            models.CheckConstraint(
                condition=models.Q(callback_done_at__isnull=True)
                | models.Q(outcome="callback", callback_done_by__isnull=False),
                name="inquiry_callback_done_consistent",
            ),
        ]
        indexes = [
            models.Index(fields=["desk", "work_day"], name="inquiry_desk_day_idx"),
            models.Index(fields=["desk", "received_at"], name="inquiry_desk_received_idx"),
            # Callbacks due: open callbacks of a desk by due date.
            models.Index(
                fields=["desk", "callback_due_on"],
                name="inquiry_callbacks_open_idx",
                condition=models.Q(outcome="callback", callback_done_at__isnull=True),
            ),
            # The end-of-day match of arrivals to earlier inquiries by phone.
            models.Index(fields=["phone", "received_at"], name="inquiry_phone_idx"),
            models.Index(fields=["expected_visit_on"], name="inquiry_expected_visit_idx"),
        ]

    def __str__(self) -> str:
        return _("Inquiry %(id)s") % {"id": self.pk}

    def get_absolute_url(self) -> str:
        return reverse("reception:inquiry_detail", args=[self.pk])

    @property
    def phone_display(self) -> str:
        """Return the number as the desk writes it (13812345678, 010-12345678)."""
        return format_phone(self.phone)

    def stale_error(self, expected_version: int) -> ValidationError:
        """The only change made to an inquiry after it is saved is its callback."""
        return StaleVersion(
            _("Someone else already dealt with this callback. Check the list before you go on.")
        )

    @property
    def is_phone(self) -> bool:
        return self.channel in self.PHONE_CHANNELS

    @property
    def moved_to_next_working_day(self) -> bool:
        """Return whether it came in after hours and counts for a later working day."""
        return self.work_day != timezone.localdate(self.received_at)

    @property
    def is_open_callback(self) -> bool:
        return self.outcome == self.Outcome.CALLBACK and self.callback_done_at is None

    def is_overdue(self, today: datetime.date) -> bool:
        return (
            self.is_open_callback
            and self.callback_due_on is not None
            and self.callback_due_on < today
        )

    @property
    def ring_seconds(self) -> int | None:
        """Return how long the phone rang before it was answered (seed: by the third ring)."""
        if self.rang_at and self.answered_at:
            return int((self.answered_at - self.rang_at).total_seconds())
        return None
