"""The complaint: who complained about what, its two working-day clocks and its status."""

import datetime as dt
from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Prefetch, Q, When
from django.db.models.lookups import LessThan
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.clock import day_bounds
from hospital.constraints import implies
from hospital.desks import desks_of
from hospital.fields import by_user_field, choice_check, desk_field, kept_key
from hospital.models import Department
from hospital.phones import mask_phone
from hospital.records import IdempotentModel, StaleVersion, VersionedModel
from hospital.roles import Role, has_role
from reception.fields import concerned_visit_field


class StaleComplaint(StaleVersion):
    """Someone else changed the complaint since this person loaded it; `changes` says what."""

    def __init__(self, message: str, *, changes: list[str]) -> None:
        super().__init__(message)
        self.changes = changes


class ComplaintQuerySet(models.QuerySet["Complaint"]):
    def open(self) -> "ComplaintQuerySet":
        """Return the complaints still owed a final answer."""
        return self.filter(status__in=Complaint.OPEN_STATUSES)

    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "ComplaintQuerySet":
        """Return what this person may see: all for supervisors and the patient services centre,
        the complaints concerning their departments for a department manager, those taken at
        their desks or by themselves for a guide, else those they took themselves."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        if sees_all_complaints(user):
            return self
        if has_role(user, Role.DEPARTMENT_MANAGER):
            concerning = Complaint.departments.through.objects.filter(
                complaint=OuterRef("pk"), department__managers=user.pk
            )
            return self.filter(Exists(concerning))
        if has_role(user, Role.GUIDE):
            return self.filter(Q(received_by=user) | Q(desk__in=desks_of(user)))
        return self.filter(received_by=user)

    def overdue(self, now: dt.datetime | None = None) -> "ComplaintQuerySet":
        """Return open complaints past the next promise owed (`next_due_expression()`).

        Read through complaint_next_due_idx: a list ordered by the same expression stops after the
        rows it shows instead of sorting every open complaint.
        """
        now = now or timezone.now()
        return self.open().filter(LessThan(next_due_expression(), now))

    def due_today(self, now: dt.datetime | None = None) -> "ComplaintQuerySet":
        """Return complaints whose next promise falls due later today."""
        now = now or timezone.now()
        _start, end = day_bounds(timezone.localdate(now))
        return self.filter(
            Q(status=Complaint.Status.RECEIVED, first_response_due__gte=now)
            & Q(first_response_due__lt=end)
            | Q(status__in=Complaint.OPEN_STATUSES, final_answer_due__gte=now)
            & Q(final_answer_due__lt=end)
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

    def for_rows(self) -> "ComplaintQuerySet":
        """Return the queryset with only the columns a tablet list row shows (complaint_rows)
        and its departments' names in `department_list`: 125 rows a page, none of them built
        with 44 columns, nor with a related manager for its departments."""
        names = Department.objects.only("name_zh_hans", "name_zh_hant", "name_en")
        return self.only(
            "reference",
            "received_at",
            "category",
            "contact",
            "status",
            "first_response_due",
            "final_answer_due",
            "escalated_at",
        ).prefetch_related(Prefetch("departments", queryset=names, to_attr="department_list"))


def next_due_expression() -> Case:
    """Return the next promise an open complaint owes, as SQL: the first response while it is
    received, then the final answer (the first is never after the second)."""
    return Case(
        When(status="received", then=F("first_response_due")), default=F("final_answer_due")
    )


def sees_all_complaints(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Return whether the user sees every complaint: supervisors, administrators and the
    managers of the patient services centre."""
    if getattr(user, "is_superuser", False) or has_role(user, Role.SUPERVISOR):
        return True
    if not has_role(user, Role.DEPARTMENT_MANAGER):
        return False
    cached = getattr(user, "_front_desk_manages_cs", None)
    if cached is None:
        centre = settings.ROLE_DEPARTMENTS["patient_services"]
        cached = Department.objects.filter(code=centre, managers=user.pk).exists()
        user._front_desk_manages_cs = cached  # type: ignore[union-attr]
    return cached


class Complaint(VersionedModel, IdempotentModel, models.Model):
    """A complaint, from the moment someone receives it to the follow-up with the complainant.

    Every change bumps `version`, so a second manager's save based on an older page is refused;
    the intake form's token keeps a double tap to one complaint.
    """

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
    # The only moves a complaint may make, through hospital.records.transition.
    TRANSITIONS: ClassVar[dict[str, frozenset[str]]] = {
        Status.RECEIVED: frozenset({Status.ACKNOWLEDGED, Status.WITHDRAWN}),
        Status.ACKNOWLEDGED: frozenset({Status.INVESTIGATING, Status.RESOLVED, Status.WITHDRAWN}),
        Status.INVESTIGATING: frozenset({Status.RESOLVED, Status.WITHDRAWN}),
        Status.RESOLVED: frozenset({Status.CLOSED, Status.INVESTIGATING}),
        Status.CLOSED: frozenset(),
        Status.WITHDRAWN: frozenset(),
    }
    # Stamped the first time the status is reached (a reopened complaint keeps its first start).
    STATUS_TIMESTAMPS: ClassVar[dict[str, str]] = {
        Status.ACKNOWLEDGED: "acknowledged_at",
        Status.INVESTIGATING: "investigation_started_at",
        Status.CLOSED: "closed_at",
        Status.WITHDRAWN: "withdrawn_at",
    }
    FIRST_RESPONSE_DAYS = 1
    FINAL_ANSWER_DAYS = 3

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    received_at = models.DateTimeField(_("received at"))
    received_by = by_user_field(_("received by"), related_name="complaints_received", required=True)
    desk = desk_field(related_name="complaints", required=False)
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
    visit = concerned_visit_field(_("visit concerned"), related_name="complaints")
    feedback = kept_key(
        "reception.Feedback", _("exit feedback"), related_name="complaints", required=False
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
    language = models.CharField(
        _("complainant's language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The slip and the answer are in this language; empty: the desk's."),
    )

    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.RECEIVED
    )
    first_response_due = models.DateTimeField(_("first response due"))
    final_answer_due = models.DateTimeField(_("final answer due"))
    assigned_to = by_user_field(_("assigned to"), related_name="complaints_assigned")
    acknowledged_at = models.DateTimeField(_("first response at"), null=True, blank=True)
    acknowledged_by = by_user_field(_("first response by"))
    investigation_started_at = models.DateTimeField(
        _("investigation started at"), null=True, blank=True
    )
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)
    escalated_by = by_user_field(
        _("escalated by"),
        help_text=_("Empty when the complaint escalated on its own, past its final answer date."),
    )
    escalation_reason = models.TextField(_("escalation reason"), blank=True)
    resolved_at = models.DateTimeField(_("final answer at"), null=True, blank=True)
    resolved_by = by_user_field(_("answered by"))
    answer = models.TextField(_("answer given to the complainant"), blank=True)
    remedy = models.TextField(_("remedy"), blank=True)
    root_cause = models.CharField(
        _("root cause"), max_length=16, choices=RootCause.choices, blank=True
    )
    prevention_action = models.TextField(_("prevention action"), blank=True)
    followed_up_at = models.DateTimeField(_("followed up at"), null=True, blank=True)
    followed_up_by = by_user_field(_("followed up by"))
    satisfaction = models.CharField(
        _("complainant's satisfaction"), max_length=10, choices=Satisfaction.choices, blank=True
    )
    follow_up_comment = models.TextField(_("follow-up comment"), blank=True)
    no_follow_up_reason = models.TextField(_("why there was no follow-up"), blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = by_user_field(_("closed by"))
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawal_reason = models.TextField(_("withdrawal reason"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    history = HistoricalRecords(m2m_fields=[departments])

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["-received_at", "-id"]
        constraints = [
            choice_check(
                "status",
                ["received", "acknowledged", "investigating", "resolved", "closed", "withdrawn"],
                name="complaint_status_valid",
            ),
            choice_check(
                "channel",
                ["in_person", "phone", "email", "online", "letter", "security_desk"],
                name="complaint_channel_valid",
            ),
            models.CheckConstraint(
                condition=Q(first_response_due__gte=models.F("received_at"))
                & Q(final_answer_due__gte=models.F("first_response_due")),
                name="complaint_due_times_in_order",
            ),
            implies(
                Q(status__in=["resolved", "closed"]),
                ~Q(answer=""),
                name="complaint_resolved_has_answer",
            ),
            implies(
                Q(status="closed"),
                ~Q(satisfaction="") | ~Q(no_follow_up_reason=""),
                name="complaint_closed_after_follow_up",
            ),
            choice_check(
                "satisfaction",
                ["", "satisfied", "partly", "not"],
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
            models.Index(
                next_due_expression(),
                name="complaint_next_due_idx",
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

    @staticmethod
    def mask_contact(contact: str) -> str:
        """Return a stored contact with most of it hidden: 138****5678 or z***@example.cn."""
        if "@" in contact:
            local, _at, domain = contact.partition("@")
            return f"{local[:1]}***@{domain}"
        return mask_phone(contact)

    @property
    def masked_contact(self) -> str:
        return self.mask_contact(self.contact)

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def can_move_to(self, status: str) -> bool:
        return status in self.TRANSITIONS.get(self.status, frozenset())

    def illegal_transition_message(self, to: str) -> str:
        """Say why the move is refused, for hospital.records.transition."""
        return gettext("A complaint that is %(status)s cannot be %(to)s.") % {
            "status": self.get_status_display().lower(),
            "to": Complaint.Status(to).label.lower(),
        }

    def stale_error(self, expected_version: int) -> StaleComplaint:
        """Refuse a change based on `expected_version`, saying what changed since and by whom."""
        changes = self.changes_since(expected_version)
        return StaleComplaint(
            gettext(
                "Someone else changed this complaint while you were working on it; nothing of "
                "yours was saved. What changed: %(changes)s. Look at it again and redo your change."
            )
            % {"changes": "; ".join(changes) or gettext("its status")},
            changes=changes,
        )

    def changes_since(self, version: int) -> list[str]:
        """Return "field: old → new (by whom)" lines for every change made after `version`."""
        records = list(
            self.history.filter(version__gte=version)
            .select_related("history_user")
            .order_by("history_date", "history_id")
        )
        # Start from the last record of the version the person saw: that is what they had loaded.
        seen = [i for i, record in enumerate(records) if record.version == version]
        records = records[seen[-1] :] if seen else records
        lines: list[str] = []
        for older, newer in zip(records, records[1:], strict=False):
            delta = newer.diff_against(
                older, excluded_fields=["version", "updated_at", "departments"]
            )
            user = newer.history_user
            who = (user.get_full_name() or user.get_username()) if user else gettext("the system")
            for change in delta.changes:
                field = Complaint._meta.get_field(change.field)
                assert isinstance(field, models.Field)  # diff_against compares concrete fields
                labels = dict(field.flatchoices) if field.choices else {}
                old_value = labels.get(change.old, change.old)
                new_value = labels.get(change.new, change.new)
                lines.append(
                    f"{field.verbose_name}: {_short(old_value)} → {_short(new_value)} ({who})"
                )
        return lines

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


def _short(value: Any) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 60 else text[:57] + "…"
