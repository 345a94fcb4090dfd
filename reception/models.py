import datetime
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.models import Department, Desk


def mask_phone(phone: str) -> str:
    """Return the phone number with its middle digits hidden, e.g. 138****5678."""
    if not phone:
        return ""
    digits = phone.lstrip("+")
    if len(digits) <= 6:
        return "*" * len(phone)
    head = phone[: len(phone) - len(digits)] + digits[:3]
    return f"{head}{'*' * (len(digits) - 7 if len(digits) > 11 else 4)}{digits[-4:]}"


class Visitor(models.Model):
    """A person who came to (or called) the hospital. Many give no name; the phone is optional."""

    class Sex(models.TextChoices):
        FEMALE = "F", _("Female")
        MALE = "M", _("Male")
        UNKNOWN = "U", _("Not stated")

    class Need(models.TextChoices):
        WHEELCHAIR = "wheelchair", _("Wheelchair")
        ELDERLY = "elderly", _("Elderly or frail")
        DISABLED = "disabled", _("Disabled")
        PREGNANT = "pregnant", _("Pregnant")
        CHILD = "child", _("Child")
        HEARING = "hearing", _("Hearing help")
        SIGHT = "sight", _("Sight help")
        INTERPRETER = "interpreter", _("Interpreter")

    # Needs that put a visitor first in the queue (seed 000 §四⑤).
    PRIORITY_NEEDS = frozenset({Need.WHEELCHAIR, Need.ELDERLY, Need.DISABLED, Need.PREGNANT})

    class Source(models.TextChoices):
        RETURNING = "returning", _("Been here before")
        REFERRAL = "referral", _("Referred by a doctor or clinic")
        FAMILY = "family", _("Family or friends")
        ONLINE = "online", _("Online or social media")
        ADVERT = "advert", _("Advertisement")
        NEARBY = "nearby", _("Lives or works nearby")
        INSURANCE = "insurance", _("Insurance or employer")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=60, blank=True)
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        db_index=True,
        help_text=_("Stored normalised: 13812345678, 010-12345678 or +4420…"),
    )
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, default=Sex.UNKNOWN)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    needs = models.JSONField(_("needs"), default=list, blank=True)
    source = models.CharField(
        _("how they heard of us"), max_length=12, choices=Source.choices, blank=True
    )
    created_at = models.DateTimeField(_("first seen"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("visitor")
        verbose_name_plural = _("visitors")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(sex__in=["F", "M", "U"]), name="visitor_sex_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name or self.masked_phone or _("Visitor #%(id)s") % {"id": self.pk}

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)

    @property
    def is_priority(self) -> bool:
        return bool(self.PRIORITY_NEEDS.intersection(self.needs or []))

    @property
    def needs_display(self) -> str:
        """Return the needs as the guide reads them, e.g. "Wheelchair, Interpreter"."""
        labels = dict(self.Need.choices)
        return ", ".join(str(labels.get(need, need)) for need in self.needs or [])


class Urgency(models.TextChoices):
    """China's emergency pre-triage levels; re-assess times live in triage.UrgencyLevel."""

    I = "I", _("I — immediate")  # noqa: E741 (the level's official name)
    II = "II", _("II — within 10 minutes")
    III = "III", _("III — re-assess after 30 minutes")
    IV = "IV", _("IV — re-assess after 4 hours")


# Board order: the most urgent first.
URGENCY_RANK = {Urgency.I: 1, Urgency.II: 2, Urgency.III: 3, Urgency.IV: 4}


class VisitQuerySet(models.QuerySet):
    def open(self) -> "VisitQuerySet":
        return self.filter(status__in=Visit.OPEN_STATUSES)


class Visit(models.Model):
    """One walk-in, from arrival to close. Later stages keep the summary fields current."""

    class Purpose(models.TextChoices):
        SEE_DOCTOR = "doctor", _("See a doctor")
        EXAMINATION = "exam", _("Examination")
        RESULTS = "results", _("Collect results")
        VISIT_INPATIENT = "inpatient", _("Visit an inpatient")
        ADMISSION = "admission", _("Admission")
        BILLING = "billing", _("Billing or insurance")
        QUESTION = "question", _("Question only")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        ROUTED = "routed", _("Routed")
        ESCORTING = "escorting", _("Being escorted")
        HANDED_OFF = "handed_off", _("Handed off")
        CLOSED = "closed", _("Closed")
        LEFT = "left", _("Left without being seen")
        ESCALATED = "escalated", _("Escalated to emergency")

    OPEN_STATUSES = (Status.WAITING, Status.ROUTED, Status.ESCORTING, Status.ESCALATED)
    # The only moves a visit may make; every change of status goes through one service function.
    TRANSITIONS: dict[str, frozenset[str]] = {
        Status.WAITING: frozenset({Status.ROUTED, Status.CLOSED, Status.LEFT, Status.ESCALATED}),
        Status.ROUTED: frozenset(
            {Status.ROUTED, Status.ESCORTING, Status.CLOSED, Status.LEFT, Status.ESCALATED}
        ),
        Status.ESCORTING: frozenset(
            {Status.ESCORTING, Status.HANDED_OFF, Status.ROUTED, Status.LEFT, Status.ESCALATED}
        ),
        Status.HANDED_OFF: frozenset({Status.CLOSED, Status.ESCALATED, Status.ROUTED}),
        Status.ESCALATED: frozenset({Status.CLOSED}),
        Status.CLOSED: frozenset(),
        Status.LEFT: frozenset(),
    }

    visitor = models.ForeignKey(
        Visitor, on_delete=models.PROTECT, related_name="visits", verbose_name=_("visitor")
    )
    desk = models.ForeignKey(
        Desk, on_delete=models.PROTECT, related_name="visits", verbose_name=_("desk")
    )
    arrived_at = models.DateTimeField(_("arrived at"))
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="logged_visits",
        verbose_name=_("logged by"),
    )
    purpose = models.CharField(_("purpose"), max_length=12, choices=Purpose.choices)
    chief_complaint = models.TextField(_("chief complaint"), blank=True)
    temperature = models.DecimalField(
        _("temperature (°C)"), max_digits=3, decimal_places=1, null=True, blank=True
    )
    is_priority = models.BooleanField(
        _("priority"),
        default=False,
        help_text=_("Elderly, frail, disabled or pregnant visitors go first."),
    )
    # The summary that later stages keep current, so the board reads one indexed table.
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.WAITING
    )
    destination = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="visits",
        verbose_name=_("destination"),
    )
    urgency = models.CharField(
        _("urgency"), max_length=3, choices=Urgency.choices, default=Urgency.IV
    )
    urgency_rank = models.PositiveSmallIntegerField(_("urgency rank"), default=4, editable=False)
    routed_at = models.DateTimeField(_("routed at"), null=True, blank=True)
    escort_started_at = models.DateTimeField(_("escort started at"), null=True, blank=True)
    handed_off_at = models.DateTimeField(_("handed off at"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Concurrency: every state change bumps it, so a stale tablet's write is refused.
    version = models.PositiveIntegerField(_("version"), default=1)
    # A double tap or a reload re-sends the same token; the unique constraint keeps one visit.
    idempotency_key = models.UUIDField(_("form token"), default=uuid.uuid4, editable=False)
    history = HistoricalRecords()

    objects = VisitQuerySet.as_manager()

    class Meta:
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        ordering = ["-arrived_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["idempotency_key"], name="visit_idempotency_key_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(
                    status__in=[
                        "waiting",
                        "routed",
                        "escorting",
                        "handed_off",
                        "closed",
                        "left",
                        "escalated",
                    ]
                ),
                name="visit_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(urgency__in=["I", "II", "III", "IV"]),
                name="visit_urgency_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(temperature__isnull=True)
                | models.Q(temperature__gte=30, temperature__lte=45),
                name="visit_temperature_plausible",
            ),
            models.CheckConstraint(
                condition=models.Q(closed_at__isnull=True)
                | models.Q(closed_at__gte=models.F("arrived_at")),
                name="visit_closed_after_arrival",
            ),
        ]
        indexes = [
            # The board: today's open visits of a desk, most urgent and longest waiting first.
            models.Index(
                fields=["desk", "urgency_rank", "arrived_at"],
                name="visit_board_open_idx",
                condition=models.Q(status__in=["waiting", "routed", "escorting", "escalated"]),
            ),
            models.Index(fields=["desk", "arrived_at"], name="visit_desk_day_idx"),
            models.Index(fields=["destination", "arrived_at"], name="visit_department_day_idx"),
            models.Index(fields=["arrived_at"], name="visit_arrived_idx"),
        ]

    def __str__(self) -> str:
        return _("Visit %(id)s") % {"id": self.pk}

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("reception:visit_detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def can_move_to(self, status: str) -> bool:
        return status in self.TRANSITIONS.get(self.status, frozenset())


# --- Inquiries and callbacks (issue 7) --------------------------------------------------------


class InquiryQuerySet(models.QuerySet):
    def of_desk(self, desk: Desk) -> "InquiryQuerySet":
        return self.filter(desk=desk)

    def open_callbacks(self) -> "InquiryQuerySet":
        return self.filter(outcome=Inquiry.Outcome.CALLBACK, callback_done_at__isnull=True)

    def callbacks_due(self, desk: Desk, at: datetime.datetime) -> "InquiryQuerySet":
        """Return the desk's open callbacks due on `at`'s day or earlier, the oldest due first.

        The handover sheet lists these as "callbacks due"; the callbacks page shows the same.
        """
        from django.utils import timezone

        day = timezone.localdate(at)
        return (
            self.of_desk(desk)
            .open_callbacks()
            .filter(callback_due_on__lte=day)
            .order_by("callback_due_on", "received_at", "pk")
        )


class Inquiry(models.Model):
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

    desk = models.ForeignKey(
        Desk, on_delete=models.PROTECT, related_name="inquiries", verbose_name=_("desk")
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        help_text=_("Stored normalised, so that a later walk-in with this phone is matched."),
    )
    caller_name = models.CharField(_("name"), max_length=60, blank=True)
    topic = models.CharField(_("topic"), max_length=12, choices=Topic.choices, default=Topic.OTHER)
    question = models.TextField(_("question"), blank=True)
    answer = models.TextField(_("answer given"), blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=12, choices=Outcome.choices, default=Outcome.ANSWERED
    )
    transferred_to = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="transferred_inquiries",
        verbose_name=_("transferred to"),
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
    callback_done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("called back by"),
    )
    callback_result = models.TextField(_("callback result"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="recorded_inquiries",
        verbose_name=_("recorded by"),
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    idempotency_key = models.UUIDField(_("form token"), default=uuid.uuid4, editable=False)
    history = HistoricalRecords()

    objects = InquiryQuerySet.as_manager()

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-received_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["idempotency_key"], name="inquiry_idempotency_key_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(channel__in=["in_person", "phone_in", "phone_out", "missed"]),
                name="inquiry_channel_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(
                    topic__in=[
                        "department",
                        "doctor",
                        "hours",
                        "fees",
                        "insurance",
                        "directions",
                        "results",
                        "other",
                    ]
                ),
                name="inquiry_topic_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(outcome__in=["answered", "transferred", "callback", "closed"]),
                name="inquiry_outcome_valid",
            ),
            # A missed call has no question yet; everything else must say what was asked.
            models.CheckConstraint(
                condition=models.Q(channel="missed") | ~models.Q(question=""),
                name="inquiry_question_required",
            ),
            models.CheckConstraint(
                condition=~models.Q(channel="missed") | models.Q(answered_at__isnull=True),
                name="inquiry_missed_not_answered",
            ),
            models.CheckConstraint(
                condition=models.Q(answered_at__isnull=True)
                | models.Q(rang_at__isnull=True)
                | models.Q(answered_at__gte=models.F("rang_at")),
                name="inquiry_answered_after_ringing",
            ),
            models.CheckConstraint(
                condition=~models.Q(outcome="transferred") | models.Q(transferred_to__isnull=False),
                name="inquiry_transfer_has_department",
            ),
            models.CheckConstraint(
                condition=~models.Q(outcome="callback") | models.Q(callback_due_on__isnull=False),
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
        from django.urls import reverse

        return reverse("reception:inquiry_detail", args=[self.pk])

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)

    @property
    def is_phone(self) -> bool:
        return self.channel in self.PHONE_CHANNELS

    @property
    def moved_to_next_working_day(self) -> bool:
        """Return whether it came in after hours and counts for a later working day."""
        from django.utils import timezone

        return self.work_day != timezone.localdate(self.received_at)

    @property
    def is_open_callback(self) -> bool:
        return self.outcome == self.Outcome.CALLBACK and self.callback_done_at is None

    def is_overdue(self, today: datetime.date) -> bool:
        return self.is_open_callback and self.callback_due_on < today

    @property
    def ring_seconds(self) -> int | None:
        """Return how long the phone rang before it was answered (seed: by the third ring)."""
        if self.rang_at and self.answered_at:
            return int((self.answered_at - self.rang_at).total_seconds())
        return None


# --- Exit feedback and satisfaction (issue 7) --------------------------------------------------


# Seed 000 §六③ asks leaving patients about these six; seed 003 §二(五) flags any under 85.
class FeedbackDimension(models.TextChoices):
    CARE = "care", _("care")
    ATTITUDE = "attitude", _("service attitude")
    FEES = "fees", _("fees")
    ENVIRONMENT = "environment", _("environment")
    ETHOS = "ethos", _("service ethos")
    RECOMMEND = "recommend", _("would recommend")


FEEDBACK_DIMENSIONS: list[str] = FeedbackDimension.values
SATISFACTION_THRESHOLD = 85


def _score_field(label: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(label, help_text=_("0 (very poor) to 100 (excellent)."))


class Feedback(models.Model):
    """A leaving visitor's scores on the six dimensions, given on the tablet or by phone."""

    class Channel(models.TextChoices):
        TABLET = "tablet", _("On the tablet")
        PHONE = "phone", _("By phone after the visit")

    desk = models.ForeignKey(
        Desk, on_delete=models.PROTECT, related_name="feedback", verbose_name=_("desk")
    )
    visit = models.ForeignKey(
        Visit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("visit"),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("department"),
        help_text=_("The department the visitor was seen in; taken from the visit when linked."),
    )
    channel = models.CharField(
        _("channel"), max_length=8, choices=Channel.choices, default=Channel.TABLET
    )
    care = _score_field(_("care"))
    attitude = _score_field(_("service attitude"))
    fees = _score_field(_("fees"))
    environment = _score_field(_("environment"))
    ethos = _score_field(_("service ethos"))
    recommend = _score_field(_("would recommend"))
    comment = models.TextField(_("comment"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="recorded_feedback",
        verbose_name=_("recorded by"),
    )
    idempotency_key = models.UUIDField(_("form token"), default=uuid.uuid4, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("exit feedback")
        verbose_name_plural = _("exit feedback")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(fields=["visit"], name="feedback_one_per_visit"),
            models.UniqueConstraint(
                fields=["idempotency_key"], name="feedback_idempotency_key_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(channel__in=["tablet", "phone"]),
                name="feedback_channel_valid",
            ),
            *[
                models.CheckConstraint(
                    condition=models.Q(**{f"{name}__gte": 0, f"{name}__lte": 100}),
                    name=f"feedback_{name}_0_100",
                )
                for name in FEEDBACK_DIMENSIONS
            ],
        ]
        indexes = [
            models.Index(fields=["submitted_at"], name="feedback_submitted_idx"),
            models.Index(fields=["desk", "submitted_at"], name="feedback_desk_idx"),
            models.Index(fields=["department", "submitted_at"], name="feedback_department_idx"),
        ]

    def __str__(self) -> str:
        return _("Feedback %(id)s") % {"id": self.pk}

    def scores(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in FEEDBACK_DIMENSIONS}

    @property
    def low_dimensions(self) -> list[str]:
        return [name for name, score in self.scores().items() if score < SATISFACTION_THRESHOLD]


class ImprovementPlan(models.Model):
    """What will be done about a dimension that averaged under 85 (seed 003: within a week)."""

    dimension = models.CharField(
        _("dimension"),
        max_length=12,
        choices=FeedbackDimension.choices,
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    desk = models.ForeignKey(
        Desk,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="improvement_plans",
        verbose_name=_("desk"),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="improvement_plans",
        verbose_name=_("department"),
    )
    average = models.DecimalField(_("average score"), max_digits=5, decimal_places=1)
    note = models.TextField(_("cause and plan"))
    due_on = models.DateField(_("due by"))
    created_at = models.DateTimeField(_("written at"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("written by"),
    )
    idempotency_key = models.UUIDField(_("form token"), default=uuid.uuid4, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("improvement plan")
        verbose_name_plural = _("improvement plans")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["idempotency_key"], name="improvement_plan_idempotency_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="improvement_plan_period_in_order",
            ),
            models.CheckConstraint(
                condition=models.Q(
                    dimension__in=["care", "attitude", "fees", "environment", "ethos", "recommend"]
                ),
                name="improvement_plan_dimension_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["period_start", "period_end"], name="improvement_plan_period_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_dimension_display()} {self.period_start}–{self.period_end}"
