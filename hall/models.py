"""The waiting hall: ticket prefixes, the calls of numbers, the hall's displays and notices."""

import secrets
from typing import ClassVar

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.fields import by_user_field, department_field, desk_field
from hospital.localized import localized
from hospital.models import Desk
from reception.models import Visit, VisitRecordQuerySet

prefix_validator = RegexValidator(
    r"^[A-Z]{1,3}$",
    _("Use one to three capital letters, e.g. A or FC."),
    code="prefix_letters",
)


class QueuePrefix(models.Model):
    """The letters a desk's ticket numbers start with, for all walk-ins or for one purpose."""

    desk = models.ForeignKey(
        Desk, on_delete=models.CASCADE, related_name="+", verbose_name=_("desk")
    )
    purpose = models.CharField(
        _("purpose"),
        max_length=12,
        choices=Visit.Purpose.choices,
        blank=True,
        help_text=_("Leave empty for every purpose without a prefix of its own."),
    )
    prefix = models.CharField(_("prefix"), max_length=3, validators=[prefix_validator])
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("ticket prefix")
        verbose_name_plural = _("ticket prefixes")
        ordering = ["desk", "purpose"]
        constraints = [
            models.UniqueConstraint(
                fields=["desk", "purpose"], name="queue_prefix_one_per_purpose"
            ),
            models.CheckConstraint(
                condition=models.Q(prefix__regex=r"^[A-Z]{1,3}$"), name="queue_prefix_letters"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.desk} · {self.get_purpose_display() or _('all purposes')}: {self.prefix}"


class CallQuerySet(VisitRecordQuerySet):
    def recent(self, *, desk_id: int, limit: int) -> "CallQuerySet":
        """Return the latest calls of a desk's open visits, the newest first (a call from
        before the visitor was routed on is over)."""
        return (
            self.filter(
                models.Q(visit__routed_at__isnull=True)
                | models.Q(called_at__gte=models.F("visit__routed_at")),
                desk_id=desk_id,
                visit__status__in=Visit.OPEN_STATUSES,
            )
            .select_related("visit__visitor", "department")
            .order_by("-called_at")[:limit]
        )


class Call(models.Model):
    """A ticket number called to a department's room; "call again" calls it once more."""

    visit = models.OneToOneField(
        Visit, on_delete=models.CASCADE, related_name="hall_call", verbose_name=_("visit")
    )
    # The visit's desk, copied so that a display reads its calls from one indexed table.
    desk = desk_field(related_name="+")
    department = department_field(_("department"))
    room = models.CharField(_("room"), max_length=40, blank=True)
    first_called_at = models.DateTimeField(_("first called at"))
    called_at = models.DateTimeField(_("last called at"))
    times = models.PositiveSmallIntegerField(_("times called"), default=1)
    called_by = by_user_field(_("called by"))
    history = HistoricalRecords()

    objects = CallQuerySet.as_manager()

    class Meta:
        verbose_name = _("call")
        verbose_name_plural = _("calls")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(called_at__gte=models.F("first_called_at")),
                name="call_again_after_first",
            ),
        ]
        indexes = [models.Index(fields=["desk", "called_at"], name="call_desk_recent_idx")]

    def __str__(self) -> str:
        return f"{self.visit.queue_number} → {self.department}"


class Display(models.Model):
    """A TV in the hall, registered by an administrator: its secret key is its only login.

    The address given to the TV carries the key, signed with the site's secret; revoking the
    display (or issuing a new key) makes every earlier address fail at once.
    """

    class Theme(models.TextChoices):
        DARK = "dark", _("Dark")
        LIGHT = "light", _("Light")

    class Language(models.TextChoices):
        ZH_HANS = "zh-hans", "简体中文"
        ZH_HANT = "zh-hant", "繁體中文"
        EN = "en", "English"

    name = models.CharField(
        _("name"), max_length=60, help_text=_("Where it hangs, e.g. Hall 1 east.")
    )
    desk = models.ForeignKey(
        Desk,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("desk"),
        help_text=_("The display shows this desk's ticket numbers."),
    )
    theme = models.CharField(_("theme"), max_length=5, choices=Theme.choices, default=Theme.DARK)
    language = models.CharField(
        _("language"), max_length=7, choices=Language.choices, default=Language.ZH_HANS
    )
    show_names = models.BooleanField(
        _("show masked names"),
        default=True,
        help_text=_(
            "Show the surname and a mask (张**) beside each number; untick for numbers only."
        ),
    )
    key = models.CharField(_("key"), max_length=64, unique=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)
    created_by = by_user_field(_("registered by"))
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    history = HistoricalRecords(excluded_fields=["key"])

    class Meta:
        verbose_name = _("hall display")
        verbose_name_plural = _("hall displays")
        ordering = ["desk", "name"]

    def __str__(self) -> str:
        return self.name

    @staticmethod
    def new_key() -> str:
        return secrets.token_urlsafe(32)

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class NoticeQuerySet(models.QuerySet["Notice"]):
    def shown_at(self, desk_id: int) -> "NoticeQuerySet":
        """Return the active notices of a desk's hall and those of every hall, in order."""
        return self.filter(
            models.Q(desk_id=desk_id) | models.Q(desk__isnull=True), is_active=True
        ).order_by("sort_order", "pk")


class Notice(models.Model):
    """A general notice on the hall's displays (opening hours, a closed lift), in three languages."""

    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("text",)

    desk = models.ForeignKey(
        Desk,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("desk"),
        help_text=_("Leave empty to show it in every hall."),
    )
    text = models.CharField(_("text"), max_length=200)
    text_zh_hant = models.CharField(
        _("text (Traditional Chinese)"),
        max_length=200,
        blank=True,
        help_text=_("Filled from the Simplified Chinese when left empty."),
    )
    text_en = models.CharField(
        _("text (English)"),
        max_length=240,
        blank=True,
        help_text=_("Shown to English displays; the Chinese is shown while it is empty."),
    )
    is_active = models.BooleanField(_("shown"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    history = HistoricalRecords()

    objects = NoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("hall notice")
        verbose_name_plural = _("hall notices")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return localized(self, "text")
