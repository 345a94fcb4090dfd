from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.models import Desk
from reception.models import Visit


class Equipment(models.Model):
    """A thing the desk lends out: a wheelchair, a trolley, an umbrella."""

    class Kind(models.TextChoices):
        WHEELCHAIR = "wheelchair", _("Wheelchair")
        TROLLEY = "trolley", _("Trolley / stretcher")
        UMBRELLA = "umbrella", _("Umbrella")
        OTHER = "other", _("Other")

    desk = models.ForeignKey(
        Desk, on_delete=models.PROTECT, related_name="equipment", verbose_name=_("desk")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    label = models.CharField(
        _("label"), max_length=40, help_text=_("The number painted on it, e.g. WC-03.")
    )
    is_active = models.BooleanField(_("in service"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("equipment")
        verbose_name_plural = _("equipment")
        ordering = ["desk", "kind", "label"]
        constraints = [
            models.UniqueConstraint(
                fields=["desk", "label"], name="equipment_label_unique_per_desk"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.label}"


class EquipmentLoanQuerySet(models.QuerySet):
    def open(self) -> "EquipmentLoanQuerySet":
        return self.filter(returned_at__isnull=True)

    def overdue(self, now: datetime | None = None) -> "EquipmentLoanQuerySet":
        """Return the loans still out after their due-back time."""
        return self.open().filter(due_back_at__lt=now or timezone.now())


class EquipmentLoan(models.Model):
    """A piece of equipment lent to a visitor (linked to the visit) or to staff, until returned."""

    class BorrowerKind(models.TextChoices):
        VISITOR = "visitor", _("Visitor")
        STAFF = "staff", _("Staff")

    equipment = models.ForeignKey(
        Equipment, on_delete=models.PROTECT, related_name="loans", verbose_name=_("equipment")
    )
    visit = models.ForeignKey(
        Visit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="loans",
        verbose_name=_("visit"),
    )
    borrower_kind = models.CharField(
        _("lent to"), max_length=8, choices=BorrowerKind.choices, default=BorrowerKind.VISITOR
    )
    borrower_name = models.CharField(_("borrower"), max_length=60, blank=True)
    lent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("lent by"),
    )
    lent_at = models.DateTimeField(_("lent at"))
    due_back_at = models.DateTimeField(_("due back at"), null=True, blank=True)
    returned_at = models.DateTimeField(_("returned at"), null=True, blank=True)
    returned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("returned to"),
    )
    history = HistoricalRecords()

    objects = EquipmentLoanQuerySet.as_manager()

    class Meta:
        verbose_name = _("equipment loan")
        verbose_name_plural = _("equipment loans")
        ordering = ["-lent_at"]
        constraints = [
            # One piece of equipment is with one person at a time.
            models.UniqueConstraint(
                fields=["equipment"],
                condition=models.Q(returned_at__isnull=True),
                name="equipment_one_open_loan",
            ),
            models.CheckConstraint(
                condition=models.Q(returned_at__isnull=True)
                | models.Q(returned_at__gte=models.F("lent_at")),
                name="equipment_loan_returned_after_lent",
            ),
            models.CheckConstraint(
                condition=models.Q(borrower_kind__in=["visitor", "staff"]),
                name="equipment_loan_borrower_kind_valid",
            ),
            # A loan names who has it: the visit, or a person's name.
            models.CheckConstraint(
                condition=models.Q(visit__isnull=False) | ~models.Q(borrower_name=""),
                name="equipment_loan_has_borrower",
            ),
            models.CheckConstraint(
                condition=models.Q(due_back_at__isnull=True)
                | models.Q(due_back_at__gte=models.F("lent_at")),
                name="equipment_loan_due_after_lent",
            ),
        ]
        indexes = [
            models.Index(
                fields=["lent_at"],
                name="equipment_loan_open_idx",
                condition=models.Q(returned_at__isnull=True),
            ),
            # Overdue loans on the board and the handover sheet.
            models.Index(
                fields=["due_back_at"],
                name="equipment_loan_due_idx",
                condition=models.Q(returned_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.equipment} → {self.borrower_name or self.visit_id}"

    @property
    def is_open(self) -> bool:
        return self.returned_at is None

    @property
    def borrower(self) -> str:
        """Return who has it: the staff member's name, or the visitor of the visit."""
        if self.borrower_name:
            return self.borrower_name
        return str(self.visit.visitor) if self.visit_id else ""

    @property
    def is_overdue(self) -> bool:
        return (
            self.returned_at is None
            and self.due_back_at is not None
            and self.due_back_at < timezone.now()
        )


# --- issue 3: escorts and handoffs of a visitor -------------------------------------------------


class Escort(models.Model):
    """A guide walking a visitor to where they should go; a handoff ends it (seed 000 §四②)."""

    visit = models.ForeignKey(
        Visit, on_delete=models.CASCADE, related_name="escorts", verbose_name=_("visit")
    )
    guide = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="escorts",
        verbose_name=_("guide"),
    )
    guide_name = models.CharField(
        _("guide's name"),
        max_length=60,
        blank=True,
        help_text=_("A floor guide who continues the escort without a login of their own."),
    )
    destination = models.ForeignKey(
        "hospital.Department",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("destination"),
    )
    continues = models.OneToOneField(
        "Handoff",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="continued_by",
        verbose_name=_("continues after handoff"),
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    arrived_at = models.DateTimeField(_("arrived at"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("escort")
        verbose_name_plural = _("escorts")
        ordering = ["started_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["visit"],
                condition=models.Q(arrived_at__isnull=True),
                name="escort_one_open_per_visit",
            ),
            models.CheckConstraint(
                condition=models.Q(arrived_at__isnull=True)
                | models.Q(arrived_at__gte=models.F("started_at")),
                name="escort_arrived_after_started",
            ),
            models.CheckConstraint(
                condition=models.Q(guide__isnull=False) | ~models.Q(guide_name=""),
                name="escort_has_a_guide",
            ),
        ]
        indexes = [models.Index(fields=["visit", "started_at"], name="escort_visit_idx")]

    def __str__(self) -> str:
        return _("Escort of %(visit)s to %(destination)s") % {
            "visit": self.visit,
            "destination": self.destination,
        }

    @property
    def guide_display(self) -> str:
        if self.guide_id:
            return self.guide.get_full_name() or self.guide.get_username()
        return self.guide_name

    @property
    def is_open(self) -> bool:
        return self.arrived_at is None


class Handoff(models.Model):
    """Who received the visitor at the end of an escort and what they were told (seed 000 §四⑧)."""

    class ReceiverRole(models.TextChoices):
        FLOOR_GUIDE = "floor_guide", _("Floor guide")
        NURSE = "nurse", _("Nurse")
        DOCTOR = "doctor", _("Doctor")
        OTHER = "other", _("Other")

    escort = models.OneToOneField(
        Escort, on_delete=models.CASCADE, related_name="handoff", verbose_name=_("escort")
    )
    visit = models.ForeignKey(
        Visit, on_delete=models.CASCADE, related_name="handoffs", verbose_name=_("visit")
    )
    receiver_name = models.CharField(_("received by"), max_length=60)
    receiver_role = models.CharField(_("their role"), max_length=12, choices=ReceiverRole.choices)
    receiver_title = models.CharField(
        _("their title"), max_length=40, blank=True, help_text=_("E.g. charge nurse, attending.")
    )
    receiver_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("receiver's login"),
    )
    situation = models.TextField(_("situation"), blank=True)
    special_needs = models.TextField(_("special needs"), blank=True)
    promised = models.TextField(_("what was promised"), blank=True)
    handed_at = models.DateTimeField(_("handed over at"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("handoff")
        verbose_name_plural = _("handoffs")
        ordering = ["handed_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(receiver_role__in=["floor_guide", "nurse", "doctor", "other"]),
                name="handoff_receiver_role_valid",
            ),
        ]
        indexes = [models.Index(fields=["visit", "handed_at"], name="handoff_visit_idx")]

    def __str__(self) -> str:
        return _("%(visit)s handed to %(name)s") % {"visit": self.visit, "name": self.receiver_name}

    @property
    def continues_escort(self) -> bool:
        return self.receiver_role == self.ReceiverRole.FLOOR_GUIDE


# --- end issue 3 ---------------------------------------------------------------------------------


# --- issue 6: shifts, handover sheets, the security handover and the key register ---------------


class Shift(models.Model):
    """A desk's shift, e.g. 08:00–12:00; one that ends at or before it starts runs overnight."""

    desk = models.ForeignKey(
        Desk, on_delete=models.PROTECT, related_name="shifts", verbose_name=_("desk")
    )
    name = models.CharField(_("name"), max_length=40)
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
        return f"{self.name} {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"

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
    desk = models.ForeignKey(
        Desk,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="checklist_templates",
        verbose_name=_("desk"),
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
    template = models.ForeignKey(
        ChecklistTemplate,
        on_delete=models.CASCADE,
        related_name="items",
        verbose_name=_("checklist template"),
    )
    label = models.CharField(_("item"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")
        ordering = ["template", "sort_order", "pk"]

    def __str__(self) -> str:
        return self.label


class HandoverSheetQuerySet(models.QuerySet):
    def for_list(self) -> "HandoverSheetQuerySet":
        return self.select_related("desk", "shift", "outgoing", "incoming", "countersigned_by")


class HandoverSheet(models.Model):
    """One desk's handover from one shift to the next (seed 000 篇3 §1–2)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Being written")
        AWAITING = "awaiting", _("Awaiting acceptance")
        REFUSED = "refused", _("Refused")
        ACCEPTED = "accepted", _("Accepted")
        COUNTERSIGNED = "countersigned", _("Countersigned")

    desk = models.ForeignKey(
        Desk, on_delete=models.PROTECT, related_name="handover_sheets", verbose_name=_("desk")
    )
    shift = models.ForeignKey(
        Shift, on_delete=models.PROTECT, related_name="sheets", verbose_name=_("shift")
    )
    date = models.DateField(_("date"))
    outgoing = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("outgoing staff"),
    )
    incoming = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("incoming staff"),
    )
    work_log = models.TextField(_("work log"), blank=True)
    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.DRAFT
    )
    # What was still open when the outgoing signed, frozen so the printed sheet shows it.
    pending = models.JSONField(_("pending items"), default=dict, blank=True)
    signed_out_at = models.DateTimeField(_("signed by the outgoing at"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    refusal_reason = models.TextField(_("reason for refusal"), blank=True)
    countersigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("countersigned by"),
    )
    countersigned_at = models.DateTimeField(_("countersigned at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Concurrency: a save from a page loaded before someone else's save is refused.
    version = models.PositiveIntegerField(_("version"), default=1)
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
            models.CheckConstraint(
                condition=models.Q(
                    status__in=["draft", "awaiting", "refused", "accepted", "countersigned"]
                ),
                name="handover_sheet_status_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="countersigned")
                | models.Q(countersigned_at__isnull=False, accepted_at__isnull=False),
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

    @property
    def is_locked(self) -> bool:
        """Whether the outgoing has signed: from then on only addenda change it."""
        return self.status not in (self.Status.DRAFT, self.Status.REFUSED)


class ChecklistEntry(models.Model):
    """One checklist line of a sheet: ✓, ×, or n/a, with a comment required for ×."""

    class Mark(models.TextChoices):
        OK = "ok", "✓"
        FAULT = "fault", "×"
        NA = "na", _("n/a")

    sheet = models.ForeignKey(
        HandoverSheet,
        on_delete=models.CASCADE,
        related_name="checklist",
        verbose_name=_("handover sheet"),
    )
    label = models.CharField(_("item"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    mark = models.CharField(_("mark"), max_length=5, choices=Mark.choices, blank=True)
    comment = models.CharField(_("comment"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("checklist entry")
        verbose_name_plural = _("checklist entries")
        ordering = ["sheet", "sort_order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(mark__in=["", "ok", "fault", "na"]),
                name="checklist_entry_mark_valid",
            ),
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

    sheet = models.ForeignKey(
        HandoverSheet,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("handover sheet"),
    )
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["sheet", "at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["signed_out", "accepted", "refused", "countersigned"]),
                name="sheet_event_kind_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind="refused") | ~models.Q(reason=""),
                name="sheet_event_refusal_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.by}"


class SheetAddendum(models.Model):
    """A correction to a signed sheet: the sheet itself stays as it was signed."""

    sheet = models.ForeignKey(
        HandoverSheet,
        on_delete=models.CASCADE,
        related_name="addenda",
        verbose_name=_("handover sheet"),
    )
    text = models.TextField(_("addendum"))
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("written by"),
    )
    written_at = models.DateTimeField(_("written at"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("addendum")
        verbose_name_plural = _("addenda")
        ordering = ["sheet", "written_at", "pk"]

    def __str__(self) -> str:
        return self.text[:40]


class AfterHoursBook(models.Model):
    """The after-hours book: the desk hands it to security at 18:00 and takes it back at 08:00."""

    class Status(models.TextChoices):
        WITH_SECURITY = "with_security", _("With the security desk")
        RETURNED = "returned", _("Back at the desk")

    desk = models.ForeignKey(
        Desk, on_delete=models.PROTECT, related_name="after_hours_books", verbose_name=_("desk")
    )
    night_of = models.DateField(_("night of"))
    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.WITH_SECURITY
    )
    handed_over_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("handed over by"),
    )
    handed_over_at = models.DateTimeField(_("handed over at"))
    note_to_security = models.TextField(_("note to security"), blank=True)
    taken_back_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("taken back by"),
    )
    taken_back_at = models.DateTimeField(_("taken back at"), null=True, blank=True)
    history = HistoricalRecords()

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
            models.CheckConstraint(
                condition=models.Q(status__in=["with_security", "returned"]),
                name="after_hours_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(taken_back_at__isnull=True)
                | models.Q(taken_back_at__gte=models.F("handed_over_at")),
                name="after_hours_back_after_handed",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.desk} {self.night_of}"


class HandoverTask(models.Model):
    """A service request carried over from the after-hours book for the day staff to do."""

    desk = models.ForeignKey(
        Desk, on_delete=models.PROTECT, related_name="handover_tasks", verbose_name=_("desk")
    )
    text = models.TextField(_("what to do"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("created by"),
    )
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("done by"),
    )
    history = HistoricalRecords()

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


class AfterHoursEntry(models.Model):
    """A complaint or service request the security desk wrote in the book overnight."""

    class Kind(models.TextChoices):
        COMPLAINT = "complaint", _("Complaint")
        REQUEST = "request", _("Service request")

    book = models.ForeignKey(
        AfterHoursBook,
        on_delete=models.PROTECT,
        related_name="entries",
        verbose_name=_("after-hours book"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    caller_name = models.CharField(_("name"), max_length=60, blank=True)
    caller_phone = models.CharField(_("phone"), max_length=20, blank=True)
    text = models.TextField(_("what they said"))
    is_urgent = models.BooleanField(
        _("urgent"),
        default=False,
        help_text=_("Urgent matters are also reported to the managers at once (seed 000 §3.3)."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("recorded by"),
    )
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

    class Meta:
        verbose_name = _("after-hours entry")
        verbose_name_plural = _("after-hours entries")
        ordering = ["book", "received_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["complaint", "request"]),
                name="after_hours_entry_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:40]

    @property
    def masked_phone(self) -> str:
        from reception.models import mask_phone

        return mask_phone(self.caller_phone)


class Key(models.Model):
    """A key in the desk's cabinet: which door or room, how many copies (seed 000 篇2)."""

    desk = models.ForeignKey(
        Desk, on_delete=models.PROTECT, related_name="keys", verbose_name=_("desk")
    )
    code = models.CharField(_("tag"), max_length=20, help_text=_("The number on the tag."))
    door = models.CharField(_("door or room"), max_length=80)
    copies = models.PositiveSmallIntegerField(
        _("copies in service"), default=1, help_text=_("Damaged or lost copies are taken off.")
    )
    lock_change_required = models.BooleanField(_("lock to be changed"), default=False)
    lock_change_reported_at = models.DateTimeField(
        _("lock change requested at"), null=True, blank=True
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("key")
        verbose_name_plural = _("keys")
        ordering = ["desk", "code"]
        constraints = [
            models.UniqueConstraint(fields=["desk", "code"], name="key_code_unique_per_desk"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.door}"


class KeyLoanQuerySet(models.QuerySet):
    def open(self) -> "KeyLoanQuerySet":
        return self.filter(returned_at__isnull=True)


class KeyLoan(models.Model):
    """One line of the key register: issued by the shift lead to a named person, then returned."""

    class Condition(models.TextChoices):
        GOOD = "good", _("Good")
        DAMAGED = "damaged", _("Damaged — withdrawn")
        LOST = "lost", _("Lost")

    key = models.ForeignKey(
        Key, on_delete=models.PROTECT, related_name="loans", verbose_name=_("key")
    )
    issued_to = models.CharField(_("issued to"), max_length=60)
    purpose = models.CharField(_("purpose"), max_length=120)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("issued by"),
    )
    issued_at = models.DateTimeField(_("issued at"))
    due_back_at = models.DateTimeField(_("due back at"))
    returned_at = models.DateTimeField(_("returned at"), null=True, blank=True)
    returned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("returned to"),
    )
    condition = models.CharField(
        _("condition"), max_length=8, choices=Condition.choices, blank=True
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    history = HistoricalRecords()

    objects = KeyLoanQuerySet.as_manager()

    class Meta:
        verbose_name = _("key loan")
        verbose_name_plural = _("key register")
        ordering = ["-issued_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(condition__in=["", "good", "damaged", "lost"]),
                name="key_loan_condition_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(returned_at__isnull=True, condition="")
                | models.Q(returned_at__isnull=False) & ~models.Q(condition=""),
                name="key_loan_closed_with_condition",
            ),
            models.CheckConstraint(
                condition=models.Q(returned_at__isnull=True)
                | models.Q(returned_at__gte=models.F("issued_at")),
                name="key_loan_returned_after_issued",
            ),
        ]
        indexes = [
            models.Index(
                fields=["key", "issued_at"],
                name="key_loan_open_idx",
                condition=models.Q(returned_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.key} → {self.issued_to}"

    @property
    def is_open(self) -> bool:
        return self.returned_at is None

    @property
    def is_overdue(self) -> bool:
        return self.returned_at is None and self.due_back_at < timezone.now()


# --- end issue 6 ---------------------------------------------------------------------------------
