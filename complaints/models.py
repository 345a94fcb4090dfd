"""Complaints: intake, the two working-day clocks, the timeline, escalation and follow-up."""

import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.models import Department, Desk
from hospital.roles import Role, has_role
from reception.models import Feedback, Visit, mask_phone

# The patient services centre (客服部): its managers see every complaint (seed 001 §6.17).
PATIENT_SERVICES_CODE = "CS"


def mask_contact(contact: str) -> str:
    """Return the contact with most of it hidden: 138****5678 or z***@example.cn."""
    if "@" in contact:
        local, _at, domain = contact.partition("@")
        return f"{local[:1]}***@{domain}"
    return mask_phone(contact)


class ReferenceCounter(models.Model):
    """The last complaint number given out in a year; rows are locked while a number is taken."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self) -> str:
        return f"{self.year}: {self.last_number}"


class ComplaintQuerySet(models.QuerySet):
    def open(self) -> "ComplaintQuerySet":
        """Return the complaints still owed a final answer."""
        return self.filter(status__in=Complaint.OPEN_STATUSES)

    def visible_to(self, user) -> "ComplaintQuerySet":
        """Return what this person may see: all for supervisors and the patient services centre,
        the complaints concerning their departments for a department manager, else those they
        took themselves."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        if sees_all_complaints(user):
            return self
        if has_role(user, Role.DEPARTMENT_MANAGER):
            concerning = Complaint.departments.through.objects.filter(
                complaint=OuterRef("pk"), department__managers=user
            )
            return self.filter(Exists(concerning))
        return self.filter(received_by=user)

    def overdue(self, now: dt.datetime | None = None) -> "ComplaintQuerySet":
        """Return complaints past a due time that has not been met."""
        now = now or timezone.now()
        return self.filter(
            Q(status=Complaint.Status.RECEIVED, first_response_due__lt=now)
            | Q(status__in=Complaint.OPEN_STATUSES, final_answer_due__lt=now)
        )

    def due_today(self, now: dt.datetime | None = None) -> "ComplaintQuerySet":
        """Return complaints whose next promise falls due later today."""
        now = now or timezone.now()
        end = timezone.make_aware(dt.datetime.combine(timezone.localdate(now), dt.time.max))
        return self.filter(
            Q(status=Complaint.Status.RECEIVED, first_response_due__gte=now)
            & Q(first_response_due__lte=end)
            | Q(status__in=Complaint.OPEN_STATUSES, final_answer_due__gte=now)
            & Q(final_answer_due__lte=end)
        )

    def escalated(self, now: dt.datetime | None = None) -> "ComplaintQuerySet":
        """Return open complaints escalated by a manager or past their final answer date.

        Past-due complaints count at once, before the cron command records the escalation.
        """
        now = now or timezone.now()
        return self.open().filter(Q(escalated_at__isnull=False) | Q(final_answer_due__lt=now))

    def for_lists(self) -> "ComplaintQuerySet":
        """Return the queryset with what every list row shows, in a constant number of queries."""
        return self.select_related("received_by", "assigned_to").prefetch_related("departments")


def sees_all_complaints(user) -> bool:
    """Return whether the user sees every complaint: supervisors, administrators and the
    managers of the patient services centre."""
    if getattr(user, "is_superuser", False) or has_role(user, Role.SUPERVISOR):
        return True
    if not has_role(user, Role.DEPARTMENT_MANAGER):
        return False
    cached = getattr(user, "_front_desk_manages_cs", None)
    if cached is None:
        cached = Department.objects.filter(code=PATIENT_SERVICES_CODE, managers=user).exists()
        user._front_desk_manages_cs = cached
    return cached


class Complaint(models.Model):
    """A complaint, from the moment someone receives it to the follow-up with the complainant."""

    class Channel(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        PHONE = "phone", _("Phone")
        EMAIL = "email", _("Email")
        ONLINE = "online", _("Online")
        LETTER = "letter", _("Letter")
        SECURITY_DESK = "security_desk", _("After hours via the security desk")

    class Relation(models.TextChoices):
        PATIENT = "patient", _("The patient")
        FAMILY = "family", _("Family member")
        FRIEND = "friend", _("Friend or carer")
        OTHER = "other", _("Other")

    class Category(models.TextChoices):
        ATTITUDE = "attitude", _("Attitude")
        WAITING = "waiting", _("Waiting time")
        FEES = "fees", _("Fees")
        CARE = "care", _("Quality of care")
        ENVIRONMENT = "environment", _("Environment")
        PRIVACY = "privacy", _("Privacy")
        PROCESS = "process", _("Process")
        OTHER = "other", _("Other")

    class Severity(models.TextChoices):
        LOW = "low", _("Low")
        MEDIUM = "medium", _("Medium")
        HIGH = "high", _("High")
        CRITICAL = "critical", _("Critical")

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        ACKNOWLEDGED = "acknowledged", _("Acknowledged")
        INVESTIGATING = "investigating", _("Investigating")
        RESOLVED = "resolved", _("Resolved")
        CLOSED = "closed", _("Closed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class RootCause(models.TextChoices):
        COMMUNICATION = "communication", _("Communication")
        STAFF_ATTITUDE = "staff_attitude", _("Staff attitude")
        STAFFING = "staffing", _("Staffing or capacity")
        PROCESS = "process", _("Process or rules")
        SKILL = "skill", _("Knowledge or skill")
        FACILITIES = "facilities", _("Facilities or equipment")
        BILLING = "billing", _("Billing error")
        EXPECTATION = "expectation", _("Expectation not met (no fault found)")
        OTHER = "other", _("Other")

    class Satisfaction(models.TextChoices):
        SATISFIED = "satisfied", _("Satisfied")
        PARTLY = "partly", _("Partly satisfied")
        NOT = "not", _("Not satisfied")

    OPEN_STATUSES = (Status.RECEIVED, Status.ACKNOWLEDGED, Status.INVESTIGATING)
    # The only moves a complaint may make; complaints.services._move is the one place they happen.
    TRANSITIONS: dict[str, frozenset[str]] = {
        Status.RECEIVED: frozenset({Status.ACKNOWLEDGED, Status.WITHDRAWN}),
        Status.ACKNOWLEDGED: frozenset({Status.INVESTIGATING, Status.RESOLVED, Status.WITHDRAWN}),
        Status.INVESTIGATING: frozenset({Status.RESOLVED, Status.WITHDRAWN}),
        Status.RESOLVED: frozenset({Status.CLOSED, Status.INVESTIGATING}),
        Status.CLOSED: frozenset(),
        Status.WITHDRAWN: frozenset(),
    }
    FIRST_RESPONSE_DAYS = 1
    FINAL_ANSWER_DAYS = 3

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    received_at = models.DateTimeField(_("received at"))
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="complaints_received",
        verbose_name=_("received by"),
    )
    desk = models.ForeignKey(
        Desk,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="complaints",
        verbose_name=_("desk"),
    )
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    complainant_name = models.CharField(_("complainant's name"), max_length=60, blank=True)
    contact = models.CharField(
        _("contact"),
        max_length=120,
        blank=True,
        help_text=_("A phone number (stored normalised) or an email address."),
    )
    relation = models.CharField(
        _("relation to the patient"),
        max_length=10,
        choices=Relation.choices,
        default=Relation.PATIENT,
    )
    visit = models.ForeignKey(
        Visit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="complaints",
        verbose_name=_("visit concerned"),
    )
    feedback = models.ForeignKey(
        Feedback,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="complaints",
        verbose_name=_("exit feedback"),
    )
    departments = models.ManyToManyField(
        Department,
        related_name="complaints",
        verbose_name=_("departments concerned"),
        blank=True,
    )
    category = models.CharField(
        _("category"), max_length=12, choices=Category.choices, default=Category.OTHER
    )
    severity = models.CharField(
        _("severity"), max_length=8, choices=Severity.choices, default=Severity.MEDIUM
    )
    description = models.TextField(_("what happened"))
    request_text = models.TextField(_("what the complainant asks for"), blank=True)

    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.RECEIVED
    )
    first_response_due = models.DateTimeField(_("first response due"))
    final_answer_due = models.DateTimeField(_("final answer due"))
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="complaints_assigned",
        verbose_name=_("assigned to"),
    )
    acknowledged_at = models.DateTimeField(_("first response at"), null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("first response by"),
    )
    investigation_started_at = models.DateTimeField(
        _("investigation started at"), null=True, blank=True
    )
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)
    escalated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("escalated by"),
        help_text=_("Empty when the complaint escalated on its own, past its final answer date."),
    )
    escalation_reason = models.TextField(_("escalation reason"), blank=True)
    resolved_at = models.DateTimeField(_("final answer at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answer = models.TextField(_("answer given to the complainant"), blank=True)
    remedy = models.TextField(_("remedy"), blank=True)
    root_cause = models.CharField(
        _("root cause"), max_length=16, choices=RootCause.choices, blank=True
    )
    prevention_action = models.TextField(_("prevention action"), blank=True)
    followed_up_at = models.DateTimeField(_("followed up at"), null=True, blank=True)
    followed_up_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("followed up by"),
    )
    satisfaction = models.CharField(
        _("complainant's satisfaction"), max_length=10, choices=Satisfaction.choices, blank=True
    )
    follow_up_comment = models.TextField(_("follow-up comment"), blank=True)
    no_follow_up_reason = models.TextField(_("why there was no follow-up"), blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("closed by"),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawal_reason = models.TextField(_("withdrawal reason"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Concurrency: every change bumps it, so a second manager's stale save is refused.
    version = models.PositiveIntegerField(_("version"), default=1)
    # A double tap or a reload re-sends the same token; the unique constraint keeps one complaint.
    idempotency_key = models.UUIDField(_("form token"), default=uuid.uuid4, editable=False)
    history = HistoricalRecords(m2m_fields=[departments])

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["-received_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["idempotency_key"], name="complaint_idempotency_key_unique"
            ),
            models.CheckConstraint(
                condition=Q(
                    status__in=[
                        "received",
                        "acknowledged",
                        "investigating",
                        "resolved",
                        "closed",
                        "withdrawn",
                    ]
                ),
                name="complaint_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(
                    channel__in=["in_person", "phone", "email", "online", "letter", "security_desk"]
                ),
                name="complaint_channel_valid",
            ),
            models.CheckConstraint(
                condition=Q(first_response_due__gte=models.F("received_at"))
                & Q(final_answer_due__gte=models.F("first_response_due")),
                name="complaint_due_times_in_order",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["resolved", "closed"]) | ~Q(answer=""),
                name="complaint_resolved_has_answer",
            ),
            models.CheckConstraint(
                condition=~Q(status="closed") | ~Q(satisfaction="") | ~Q(no_follow_up_reason=""),
                name="complaint_closed_after_follow_up",
            ),
            models.CheckConstraint(
                condition=Q(satisfaction__in=["", "satisfied", "partly", "not"]),
                name="complaint_satisfaction_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["-received_at", "-id"], name="complaint_received_idx"),
            models.Index(
                fields=["final_answer_due"],
                name="complaint_open_due_idx",
                condition=Q(status__in=["received", "acknowledged", "investigating"]),
            ),
            models.Index(fields=["status", "-received_at"], name="complaint_status_idx"),
            models.Index(fields=["contact"], name="complaint_contact_idx"),
            models.Index(fields=["desk", "-received_at"], name="complaint_desk_idx"),
            models.Index(fields=["received_by", "-received_at"], name="complaint_receiver_idx"),
        ]

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("complaints:detail", args=[self.pk])

    @property
    def masked_contact(self) -> str:
        return mask_contact(self.contact)

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def can_move_to(self, status: str) -> bool:
        return status in self.TRANSITIONS.get(self.status, frozenset())

    def next_due(self) -> dt.datetime | None:
        """Return the next promise owed: the first response, then the final answer."""
        if self.status == self.Status.RECEIVED:
            return self.first_response_due
        if self.is_open:
            return self.final_answer_due
        return None

    def is_overdue(self, now: dt.datetime | None = None) -> bool:
        due = self.next_due()
        return due is not None and due < (now or timezone.now())

    def is_escalated(self, now: dt.datetime | None = None) -> bool:
        return self.is_open and (
            self.escalated_at is not None or self.final_answer_due < (now or timezone.now())
        )

    @property
    def first_response_on_time(self) -> bool | None:
        if self.acknowledged_at is None:
            return None
        return self.acknowledged_at <= self.first_response_due

    @property
    def final_answer_on_time(self) -> bool | None:
        if self.resolved_at is None:
            return None
        return self.resolved_at <= self.final_answer_due


class ComplaintEntry(models.Model):
    """One line of a complaint's timeline; internal lines are kept apart from what was told."""

    class Kind(models.TextChoices):
        INVESTIGATION = "investigation", _("Investigation note")
        EVIDENCE = "evidence", _("Evidence")
        CALL = "call", _("Call with the complainant")
        TOLD = "told", _("Told to the complainant")
        INTERNAL = "internal", _("Internal note")
        STATUS = "status", _("Status change")

    # What the complainant heard; every other kind stays inside the hospital.
    TOLD_KINDS = frozenset({Kind.CALL, Kind.TOLD})

    complaint = models.ForeignKey(
        Complaint, on_delete=models.CASCADE, related_name="entries", verbose_name=_("complaint")
    )
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    text = models.TextField(_("text"))
    occurred_at = models.DateTimeField(_("when"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
        help_text=_("Empty for what the system did on its own (automatic escalation)."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline entries")
        ordering = ["occurred_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    kind__in=["investigation", "evidence", "call", "told", "internal", "status"]
                ),
                name="complaint_entry_kind_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["complaint", "occurred_at"], name="complaint_entry_timeline_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:40]}"

    @property
    def told_complainant(self) -> bool:
        return self.kind in self.TOLD_KINDS
