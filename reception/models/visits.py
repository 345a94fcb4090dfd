"""Who came and why: visitors and their visits, with the summary later stages keep current."""

import datetime
from collections.abc import Iterable
from typing import ClassVar, Self

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.desks import scoped, works_at_every_desk
from hospital.fields import (
    by_user_field,
    choice_check,
    department_field,
    desk_field,
    stamped_after,
)
from hospital.models import Department, Desk
from hospital.phones import MaskedPhoneMixin
from hospital.records import IdempotentModel, StaleVersion, VersionedModel

# The returning-visitor prompt offers this many people, each with this many earlier visits.
RETURNING_VISITORS_SHOWN = 3
LAST_VISITS_SHOWN = 3


class VisitorQuerySet(models.QuerySet["Visitor"]):
    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "VisitorQuerySet":
        """Return the visitors this person may open: all for supervisors, else those with a
        visit this person may open."""
        if works_at_every_desk(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.none()
        visits = Visit.objects.visible_to(user).filter(visitor=models.OuterRef("pk"))
        return self.filter(models.Exists(visits))

    def returning(self, phone: str) -> "VisitorQuerySet":
        """Return the few visitors already known by this phone, each with `last_visits`."""
        if not phone:
            return self.none()
        last_visits = Visit.objects.select_related("destination").order_by("-arrived_at")
        return (
            self.filter(phone=phone)
            .prefetch_related(
                models.Prefetch(
                    "visits", queryset=last_visits[:LAST_VISITS_SHOWN], to_attr="last_visits"
                )
            )
            .order_by("-created_at")[:RETURNING_VISITORS_SHOWN]
        )


class Visitor(MaskedPhoneMixin, models.Model):
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
    # Found by the whole number or its last digits, never by its first: the index in Meta is a
    # plain one, without the pattern-matching twin that `db_index` adds to a CharField.
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        help_text=_("Stored in international form (E.164), e.g. +8613812345678."),
    )
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, default=Sex.UNKNOWN)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    needs = models.JSONField(_("needs"), default=list, blank=True)
    source = models.CharField(
        _("how they heard of us"), max_length=12, choices=Source.choices, blank=True
    )
    created_at = models.DateTimeField(_("first seen"), auto_now_add=True)
    # A visitor's history is read by the visitor's key and by time, never by number.
    history = HistoricalRecords(no_db_index=["phone"])

    objects = VisitorQuerySet.as_manager()

    class Meta:
        verbose_name = _("visitor")
        verbose_name_plural = _("visitors")
        constraints = [
            choice_check("sex", ["F", "M", "U"], name="visitor_sex_valid"),
        ]
        indexes = [models.Index(fields=["phone"], name="visitor_phone_idx")]

    def __str__(self) -> str:
        return self.name or self.masked_phone or _("Visitor #%(id)s") % {"id": self.pk}

    @property
    def is_priority(self) -> bool:
        return bool(self.PRIORITY_NEEDS.intersection(self.needs or []))

    @property
    def needs_display(self) -> str:
        """Return the needs as the guide reads them, e.g. "Wheelchair, Interpreter"."""
        labels = dict(self.Need.choices)
        return ", ".join(str(labels.get(need, need)) for need in self.needs or [])


class Urgency(models.TextChoices):
    """China's emergency pre-triage levels; triage decides each visit's re-assess time."""

    I = "I", _("I — immediate")  # noqa: E741 (the level's official name)
    II = "II", _("II — within 10 minutes")
    III = "III", _("III — re-assess after 30 minutes")
    IV = "IV", _("IV — re-assess after 4 hours")


# Board order: the most urgent first.
URGENCY_RANK = {Urgency.I: 1, Urgency.II: 2, Urgency.III: 3, Urgency.IV: 4}


class VisitQuerySet(models.QuerySet["Visit"]):
    def open(self) -> "VisitQuerySet":
        """Return the visits still on the board: waiting, routed, escorting or escalated."""
        return self.filter(status__in=Visit.OPEN_STATUSES)

    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "VisitQuerySet":
        """Return the visits this person may open: all for supervisors, a guide's those logged
        at their desks, a department manager's those routed to their departments, nobody
        else any (the security desk neither)."""
        return scoped(self, user, desk="desk", departments=["destination"])

    def on_board(self, *, desk: Desk | None) -> "VisitQuerySet":
        """Return every open visit in board order, of one desk or (None) of all, whatever day
        it arrived: a visitor logged at 23:55 is still in the hall at 00:05.

        The most urgent first, then priority visitors, then the longest waiting; the order the
        partial index `visit_board_open_idx` serves.
        """
        visits = (
            self.open()
            .select_related("visitor", "destination", "desk")
            .order_by("urgency_rank", "-is_priority", "arrived_at")
        )
        return visits if desk is None else visits.filter(desk=desk)

    def undoable(self, *, desk: Desk | None, now: datetime.datetime) -> "VisitQuerySet":
        """Return the visits closed or marked left within the undo window, the latest first."""
        visits = (
            self.filter(
                status__in=(Visit.Status.CLOSED, Visit.Status.LEFT),
                closed_at__gte=now - Visit.UNDO_WINDOW,
            )
            .select_related("visitor")
            .order_by("-closed_at")
        )
        return visits if desk is None else visits.filter(desk=desk)

    def routed_to(
        self, departments: Iterable[Department], *, since: datetime.datetime
    ) -> "VisitQuerySet":
        """Return the visits since `since` routed to these departments, the newest first."""
        return (
            self.filter(arrived_at__gte=since, destination__in=departments)
            .select_related("visitor", "destination", "desk")
            .order_by("-arrived_at")
        )


class VisitRecordQuerySet(models.QuerySet):
    """The records that hang off a visit (a triage decision, an escort, a handoff): their
    reader is whoever may open the visit."""

    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> Self:
        """Return the records of the visits this person may open (see `Visit.visible_to`)."""
        return scoped(self, user, desk="visit__desk", departments=["visit__destination"])


class Visit(VersionedModel, IdempotentModel):
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
    TRANSITIONS: ClassVar[dict[str, frozenset[str]]] = {
        Status.WAITING: frozenset({Status.ROUTED, Status.CLOSED, Status.LEFT, Status.ESCALATED}),
        Status.ROUTED: frozenset(
            {Status.ROUTED, Status.ESCORTING, Status.CLOSED, Status.LEFT, Status.ESCALATED}
        ),
        Status.ESCORTING: frozenset(
            {Status.ESCORTING, Status.HANDED_OFF, Status.ROUTED, Status.LEFT, Status.ESCALATED}
        ),
        Status.HANDED_OFF: frozenset({Status.CLOSED, Status.ESCALATED, Status.ROUTED}),
        Status.ESCALATED: frozenset({Status.CLOSED}),
        # Back out of "closed" or "left" only to the status it had, only through
        # visit_undo_close and only within UNDO_WINDOW (visit_transition refuses the rest).
        Status.CLOSED: frozenset({Status.WAITING, Status.ROUTED, Status.HANDED_OFF}),
        Status.LEFT: frozenset({Status.WAITING, Status.ROUTED, Status.ESCORTING}),
    }
    UNDO_STATUSES = (Status.CLOSED, Status.LEFT)
    # A tap on "Left" or "Close" can be taken back for this long.
    UNDO_WINDOW = datetime.timedelta(minutes=10)
    # Stamped the first time the status is reached; routed_at is stamped on every re-route by
    # the routing service, since the board counts the wait from the latest routing.
    STATUS_TIMESTAMPS: ClassVar[dict[str, str]] = {
        Status.ESCORTING: "escort_started_at",
        Status.HANDED_OFF: "handed_off_at",
        Status.ESCALATED: "escalated_at",
        Status.CLOSED: "closed_at",
        Status.LEFT: "closed_at",
    }

    visitor = models.ForeignKey(
        Visitor, on_delete=models.PROTECT, related_name="visits", verbose_name=_("visitor")
    )
    # The desk's and the destination's own indexes would repeat the first column of Meta's
    # (desk, …) and (destination, arrived_at): every walk-in would write two entries for nothing.
    desk = desk_field(related_name="visits", db_index=False)
    arrived_at = models.DateTimeField(_("arrived at"))
    logged_by = by_user_field(_("logged by"), required=True, related_name="logged_visits")
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
    destination = department_field(
        _("destination"), required=False, related_name="visits", db_index=False
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
    # Triage writes when the visitor is due to be looked at again; the board turns the row amber
    # once it has passed. Reception never computes it: the times are triage's to set.
    reassess_at = models.DateTimeField(
        _("re-assess at"),
        null=True,
        blank=True,
        help_text=_("When the visitor is due to be looked at again, set by triage."),
    )
    # The ticket number the hall calls (A023): a prefix and a sequence per desk and local day,
    # assigned once by reception.services.queue when the walk-in is logged.
    queue_day = models.DateField(_("queue day"), null=True, blank=True, editable=False)
    queue_prefix = models.CharField(_("queue prefix"), max_length=3, blank=True, editable=False)
    queue_seq = models.PositiveIntegerField(
        _("queue sequence"), null=True, blank=True, editable=False
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # A visit's history is read by the visit's key (and time); the copies of its foreign keys
    # and form token are never looked up, so a walk-in writes no index entries for them.
    history = HistoricalRecords(
        no_db_index=["visitor", "desk", "logged_by", "destination", "form_token"]
    )

    objects = VisitQuerySet.as_manager()

    class Meta:
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        ordering = ["-arrived_at"]
        constraints = [
            choice_check(
                "status",
                ["waiting", "routed", "escorting", "handed_off", "closed", "left", "escalated"],
                name="visit_status_valid",
            ),
            choice_check("urgency", Urgency.values, name="visit_urgency_valid"),
            models.CheckConstraint(
                condition=models.Q(temperature__isnull=True)
                | models.Q(temperature__gte=30, temperature__lte=45),
                name="visit_temperature_plausible",
            ),
            stamped_after("closed_at", "arrived_at", name="visit_closed_after_arrival"),
            # A ticket number is never given twice in a desk's day, whatever two tablets do.
            models.UniqueConstraint(
                fields=["desk", "queue_day", "queue_prefix", "queue_seq"],
                condition=models.Q(queue_seq__isnull=False),
                name="visit_queue_number_unique",
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
            # The board's undo strip: what this desk closed or marked left a moment ago.
            models.Index(fields=["desk", "closed_at"], name="visit_desk_closed_idx"),
            models.Index(fields=["destination", "arrived_at"], name="visit_department_day_idx"),
            models.Index(fields=["arrived_at"], name="visit_arrived_idx"),
        ]

    def __str__(self) -> str:
        return _("Visit %(id)s") % {"id": self.pk}

    def get_absolute_url(self) -> str:
        """Return the visit's page, which composes every stage and so lives above reception.

        config's ABSOLUTE_URL_OVERRIDES replaces this method with the top floor's URL.
        """
        raise ImproperlyConfigured("Set ABSOLUTE_URL_OVERRIDES['reception.visit'] in settings.")

    def stale_error(self, expected_version: int) -> ValidationError:
        """Say what the visit is now, so the guide checks it before trying again."""
        return StaleVersion(
            _(
                "Someone else changed this visit a moment ago: it is now “%(status)s”. "
                "Check the current state below before you try again."
            )
            % {"status": self.get_status_display()}
        )

    @property
    def queue_number(self) -> str:
        """Return the ticket number as printed and called (A023), or "" before numbering."""
        if self.queue_seq is None:
            return ""
        return f"{self.queue_prefix}{self.queue_seq:03d}"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def minutes_waited(self, now: datetime.datetime) -> int:
        """Return the whole minutes since the visitor arrived (never negative)."""
        return max(0, int((now - self.arrived_at).total_seconds() // 60))

    def minutes_in_status(self, now: datetime.datetime) -> int:
        """Return the whole minutes since the visit reached its current status."""
        started: dict[str, datetime.datetime | None] = {
            self.Status.ROUTED: self.routed_at,
            self.Status.ESCORTING: self.escort_started_at,
            self.Status.HANDED_OFF: self.handed_off_at,
            self.Status.ESCALATED: self.escalated_at,
        }
        since = started.get(self.status) or self.arrived_at
        return max(0, int((now - since).total_seconds() // 60))

    def board_tone(self, now: datetime.datetime) -> str:
        """Return the board row's colour: red for an escalation, amber once re-assessment is due
        or when nobody has routed the visitor yet after UNTRIAGED_FLAG_MINUTES."""
        if self.status == self.Status.ESCALATED:
            return "red"
        return "amber" if self.is_overdue(now) or self.is_untriaged(now) else ""

    def is_untriaged(self, now: datetime.datetime) -> bool:
        """Return whether the visitor has waited unrouted past UNTRIAGED_FLAG_MINUTES."""
        limit = datetime.timedelta(minutes=settings.UNTRIAGED_FLAG_MINUTES)
        return (
            self.status == self.Status.WAITING
            and self.reassess_at is None
            and now - self.arrived_at >= limit
        )

    def is_overdue(self, now: datetime.datetime) -> bool:
        """Return whether a waiting or routed visitor is past the re-assess time triage set."""
        return (
            self.status in (self.Status.WAITING, self.Status.ROUTED)
            and self.reassess_at is not None
            and now >= self.reassess_at
        )

    def can_move_to(self, status: str) -> bool:
        return status in self.TRANSITIONS.get(self.status, frozenset())
