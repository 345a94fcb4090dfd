"""The after-hours book the security desk keeps overnight, and the tasks it leaves."""

from typing import ClassVar, Self

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.desks import scoped
from hospital.fields import by_user_field, choice_check, desk_field, kept_key, stamped_after
from hospital.phones import MaskedPhoneMixin
from hospital.records import IdempotentModel
from hospital.roles import Role


class AfterHoursQuerySet(models.QuerySet):
    """The book, its entries and the tasks they become: the security desk's and the desk's."""

    desk_lookup = "desk"

    def visible_to(self, user: "AbstractBaseUser | AnonymousUser") -> Self:
        """Return the rows this person may read: all for the supervisors and the security
        desk, a guide's those of their desks."""
        return scoped(self, user, desk=self.desk_lookup, also=[Role.SECURITY_DESK])


class AfterHoursEntryQuerySet(AfterHoursQuerySet):
    desk_lookup = "book__desk"


class AfterHoursBook(models.Model):
    """The after-hours book: the desk hands it to security at 18:00 and takes it back at 08:00."""

    class Status(models.TextChoices):
        WITH_SECURITY = "with_security", _("With the security desk")
        RETURNED = "returned", _("Back at the desk")

    TRANSITIONS: ClassVar[dict[str, frozenset[str]]] = {
        Status.WITH_SECURITY: frozenset({Status.RETURNED}),
        Status.RETURNED: frozenset(),
    }
    STATUS_TIMESTAMPS: ClassVar[dict[str, str]] = {Status.RETURNED: "taken_back_at"}

    desk = desk_field(related_name="after_hours_books")
    night_of = models.DateField(_("night of"))
    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.WITH_SECURITY
    )
    handed_over_by = by_user_field(_("handed over by"), required=True)
    handed_over_at = models.DateTimeField(_("handed over at"))
    note_to_security = models.TextField(_("note to security"), blank=True)
    taken_back_by = by_user_field(_("taken back by"))
    taken_back_at = models.DateTimeField(_("taken back at"), null=True, blank=True)
    history = HistoricalRecords()

    objects = AfterHoursQuerySet.as_manager()

    class Meta:
        verbose_name = _("after-hours book")
        verbose_name_plural = _("after-hours books")
        ordering = ["-night_of", "desk"]
        constraints = [
            models.UniqueConstraint(fields=["desk", "night_of"], name="after_hours_one_per_night"),
            models.UniqueConstraint(
                fields=["desk"],
                condition=models.Q(status="with_security"),
                name="after_hours_one_open_per_desk",
            ),
            choice_check("status", ["with_security", "returned"], name="after_hours_status_valid"),
            stamped_after("taken_back_at", "handed_over_at", name="after_hours_back_after_handed"),
        ]

    def __str__(self) -> str:
        return f"{self.desk} {self.night_of}"

    def illegal_transition_message(self, to: str) -> str:
        """Say when the book came back, the only move it cannot make twice."""
        taken_back = timezone.localtime(self.taken_back_at) if self.taken_back_at else None
        return gettext("This book was already taken back at %(time)s.") % {
            "time": taken_back.strftime("%m-%d %H:%M") if taken_back else "—"
        }


class HandoverTask(models.Model):
    """A service request carried over from the after-hours book for the day staff to do."""

    desk = desk_field(related_name="handover_tasks")
    text = models.TextField(_("what to do"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    created_by = by_user_field(_("created by"), required=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = by_user_field(_("done by"))
    history = HistoricalRecords()

    objects = AfterHoursQuerySet.as_manager()

    class Meta:
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        ordering = ["done_at", "-created_at"]
        indexes = [
            models.Index(
                fields=["desk", "created_at"],
                name="handover_task_open_idx",
                condition=models.Q(done_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return self.text[:40]


class AfterHoursEntry(MaskedPhoneMixin, IdempotentModel):
    """A complaint or service request the security desk wrote in the book overnight."""

    PHONE_FIELD = "caller_phone"

    class Kind(models.TextChoices):
        COMPLAINT = "complaint", _("Complaint")
        REQUEST = "request", _("Service request")

    book = kept_key("handover.AfterHoursBook", _("after-hours book"), related_name="entries")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    caller_name = models.CharField(_("name"), max_length=60, blank=True)
    caller_phone = models.CharField(_("phone"), max_length=20, blank=True)
    text = models.TextField(_("what they said"))
    is_urgent = models.BooleanField(
        _("urgent"),
        default=False,
        help_text=_("Urgent matters are also reported to the managers at once."),
    )
    recorded_by = by_user_field(_("recorded by"), required=True)
    # Filled when the desk takes the book back: what the entry became.
    complaint_id = models.PositiveBigIntegerField(_("complaint"), null=True, blank=True)
    task = models.OneToOneField(
        HandoverTask,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="entry",
        verbose_name=_("task"),
    )
    history = HistoricalRecords()

    objects = AfterHoursEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("after-hours entry")
        verbose_name_plural = _("after-hours entries")
        ordering = ["book", "received_at", "pk"]
        constraints = [
            choice_check("kind", ["complaint", "request"], name="after_hours_entry_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.text[:40]
