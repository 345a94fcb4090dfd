"""Shifts, checklists and the handover sheet with its signatures and addenda."""

from datetime import date, datetime, timedelta
from typing import ClassVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.constraints import implies
from hospital.desks import scoped
from hospital.fields import by_user_field, choice_check, desk_field, kept_key
from hospital.localized import FILLED_HANT, SHOWN_EN, localized
from hospital.records import IdempotentModel, StaleVersion, VersionedModel


class Shift(models.Model):
    """A desk's shift, e.g. 08:00–12:00; one that ends at or before it starts runs overnight."""

    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("name",)

    desk = desk_field(related_name="shifts")
    name = models.CharField(_("name"), max_length=40)
    name_zh_hant = models.CharField(
        _("name (Traditional Chinese)"), max_length=40, blank=True, help_text=FILLED_HANT
    )
    name_en = models.CharField(_("name (English)"), max_length=60, blank=True, help_text=SHOWN_EN)
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("shift")
        verbose_name_plural = _("shifts")
        ordering = ["desk", "sort_order", "starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["desk", "name"], name="shift_name_unique_per_desk"),
        ]

    def __str__(self) -> str:
        return f"{localized(self, 'name')} {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"

    @property
    def is_overnight(self) -> bool:
        return self.ends_at <= self.starts_at

    def bounds(self, day: date) -> tuple[datetime, datetime]:
        """Return the aware start and end of this shift on `day` (the day it starts)."""
        start = timezone.make_aware(datetime.combine(day, self.starts_at))
        end_day = day + timedelta(days=1) if self.is_overnight else day
        return start, timezone.make_aware(datetime.combine(end_day, self.ends_at))


class ChecklistTemplate(models.Model):
    """The list of things checked at every handover; a desk's own list wins over the default."""

    name = models.CharField(_("name"), max_length=60)
    desk = desk_field(
        related_name="checklist_templates",
        required=False,
        help_text=_("Leave empty for the list every desk uses unless it has its own."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("checklist template")
        verbose_name_plural = _("checklist templates")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ChecklistTemplateItem(models.Model):
    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("label",)

    template = models.ForeignKey(
        ChecklistTemplate,
        on_delete=models.CASCADE,
        related_name="items",
        verbose_name=_("checklist template"),
    )
    label = models.CharField(_("item"), max_length=100)
    label_zh_hant = models.CharField(
        _("item (Traditional Chinese)"), max_length=100, blank=True, help_text=FILLED_HANT
    )
    label_en = models.CharField(_("item (English)"), max_length=140, blank=True, help_text=SHOWN_EN)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")
        ordering = ["template", "sort_order", "pk"]

    def __str__(self) -> str:
        return localized(self, "label")


class HandoverSheetQuerySet(models.QuerySet):
    def visible_to(self, user: "AbstractBaseUser | AnonymousUser") -> "HandoverSheetQuerySet":
        """Return the sheets this person may open: all for the supervisors, a guide's those of
        their desks and those they wrote or took over."""
        return scoped(self, user, desk="desk", mine=["outgoing", "incoming"])

    def for_list(self) -> "HandoverSheetQuerySet":
        return self.select_related("desk", "shift", "outgoing", "incoming", "countersigned_by")


class HandoverSheet(VersionedModel):
    """One desk's handover from one shift to the next (seed 000 篇3 §1–2).

    Its version refuses a save from a page loaded before someone else's save.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Being written")
        AWAITING = "awaiting", _("Awaiting acceptance")
        REFUSED = "refused", _("Refused")
        ACCEPTED = "accepted", _("Accepted")
        COUNTERSIGNED = "countersigned", _("Countersigned")

    # The outgoing signs a draft (or a refused sheet, once corrected); the incoming accepts or
    # refuses it; the shift lead countersigns an accepted one.
    TRANSITIONS: ClassVar[dict[str, frozenset[str]]] = {
        Status.DRAFT: frozenset({Status.AWAITING}),
        Status.REFUSED: frozenset({Status.AWAITING}),
        Status.AWAITING: frozenset({Status.ACCEPTED, Status.REFUSED}),
        Status.ACCEPTED: frozenset({Status.COUNTERSIGNED}),
        Status.COUNTERSIGNED: frozenset(),
    }

    desk = desk_field(related_name="handover_sheets")
    shift = kept_key("handover.Shift", _("shift"), related_name="sheets")
    date = models.DateField(_("date"))
    outgoing = by_user_field(_("outgoing staff"), required=True)
    incoming = by_user_field(_("incoming staff"))
    work_log = models.TextField(_("work log"), blank=True)
    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.DRAFT
    )
    # What was still open when the outgoing signed, frozen so the printed sheet shows it.
    pending = models.JSONField(_("pending items"), default=dict, blank=True)
    signed_out_at = models.DateTimeField(_("signed by the outgoing at"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    refusal_reason = models.TextField(_("reason for refusal"), blank=True)
    countersigned_by = by_user_field(_("countersigned by"))
    countersigned_at = models.DateTimeField(_("countersigned at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    history = HistoricalRecords()

    objects = HandoverSheetQuerySet.as_manager()

    class Meta:
        verbose_name = _("handover sheet")
        verbose_name_plural = _("handover sheets")
        ordering = ["-date", "desk", "shift__sort_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["desk", "shift", "date"], name="handover_sheet_one_per_shift"
            ),
            choice_check(
                "status",
                ["draft", "awaiting", "refused", "accepted", "countersigned"],
                name="handover_sheet_status_valid",
            ),
            implies(
                models.Q(status="countersigned"),
                models.Q(countersigned_at__isnull=False, accepted_at__isnull=False),
                name="handover_sheet_countersigned_after_acceptance",
            ),
            models.CheckConstraint(
                condition=models.Q(incoming__isnull=True)
                | ~models.Q(incoming=models.F("outgoing")),
                name="handover_sheet_incoming_not_outgoing",
            ),
        ]
        indexes = [
            models.Index(fields=["date", "desk"], name="handover_sheet_day_idx"),
            models.Index(fields=["status", "date"], name="handover_sheet_status_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.desk} {self.date} {self.shift.name}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("handover:sheet_detail", args=[self.pk])

    def stale_error(self, expected_version: int) -> ValidationError:
        return StaleVersion(
            gettext(
                "Someone else saved this sheet a moment ago (it now reads “%(status)s”). "
                "Your changes were not saved: check the sheet below and enter them again."
            )
            % {"status": self.get_status_display()}
        )

    def illegal_transition_message(self, to: str) -> str:
        """Say why the sheet cannot move to `to` in words that tell the person what to do."""
        if to == self.Status.COUNTERSIGNED:
            if self.status == self.Status.COUNTERSIGNED:
                return gettext("This sheet is already countersigned.")
            return gettext(
                "The incoming colleague has not accepted this sheet yet; "
                "countersign after acceptance."
            )
        if to in (self.Status.ACCEPTED, self.Status.REFUSED):
            return gettext("This sheet is not awaiting acceptance (it reads “%(status)s”).") % {
                "status": self.get_status_display()
            }
        return gettext("This sheet is signed and cannot be changed; write an addendum instead.")

    @property
    def is_locked(self) -> bool:
        """Whether the outgoing has signed: from then on only addenda change it."""
        return self.status not in (self.Status.DRAFT, self.Status.REFUSED)


def _part_of_sheet(*, related_name: str) -> models.ForeignKey:
    """The sheet a row is part of (a checklist line, a signature, an addendum): it goes with
    the sheet."""
    return models.ForeignKey(
        HandoverSheet,
        on_delete=models.CASCADE,
        related_name=related_name,
        verbose_name=_("handover sheet"),
    )


class ChecklistEntry(models.Model):
    """One checklist line of a sheet: ✓, ×, or n/a, with a comment required for ×."""

    class Mark(models.TextChoices):
        OK = "ok", "✓"
        FAULT = "fault", "×"
        NA = "na", _("n/a")

    sheet = _part_of_sheet(related_name="checklist")
    label = models.CharField(_("item"), max_length=100)
    label_zh_hant = models.CharField(_("item (Traditional Chinese)"), max_length=100, blank=True)
    label_en = models.CharField(_("item (English)"), max_length=140, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    mark = models.CharField(_("mark"), max_length=5, choices=Mark.choices, blank=True)
    comment = models.CharField(_("comment"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("checklist entry")
        verbose_name_plural = _("checklist entries")
        ordering = ["sheet", "sort_order", "pk"]
        constraints = [
            choice_check("mark", ["", "ok", "fault", "na"], name="checklist_entry_mark_valid"),
        ]

    def __str__(self) -> str:
        return self.label


class SheetEvent(models.Model):
    """A signature on a sheet: signed out, accepted, refused (with reason), countersigned."""

    class Kind(models.TextChoices):
        SIGNED_OUT = "signed_out", _("Signed by the outgoing")
        ACCEPTED = "accepted", _("Accepted by the incoming")
        REFUSED = "refused", _("Refused by the incoming")
        COUNTERSIGNED = "countersigned", _("Countersigned by the shift lead")

    sheet = _part_of_sheet(related_name="events")
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    by = by_user_field(_("by"), required=True)
    at = models.DateTimeField(_("at"), default=timezone.now)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["sheet", "at", "pk"]
        constraints = [
            choice_check(
                "kind",
                ["signed_out", "accepted", "refused", "countersigned"],
                name="sheet_event_kind_valid",
            ),
            implies(
                models.Q(kind="refused"),
                ~models.Q(reason=""),
                name="sheet_event_refusal_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.by}"


class SheetAddendum(IdempotentModel):
    """A correction to a signed sheet: the sheet itself stays as it was signed."""

    sheet = _part_of_sheet(related_name="addenda")
    text = models.TextField(_("addendum"))
    written_by = by_user_field(_("written by"), required=True)
    written_at = models.DateTimeField(_("written at"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("addendum")
        verbose_name_plural = _("addenda")
        ordering = ["sheet", "written_at", "pk"]

    def __str__(self) -> str:
        return self.text[:40]
