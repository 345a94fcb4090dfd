from datetime import datetime, timedelta
from decimal import Decimal
from typing import ClassVar

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.constraints import implies
from hospital.fields import by_user_field, choice_check, department_field, stamped_after
from hospital.localized import FILLED_HANT, SHOWN_EN
from hospital.records import IdempotentModel
from reception.models import Urgency, Visit, VisitRecordQuerySet

# The national pre-triage defaults; the admin may change the minutes (seed 000 §四③).
DEFAULT_REASSESS_MINUTES = {Urgency.I: 0, Urgency.II: 10, Urgency.III: 30, Urgency.IV: 240}


class UrgencyLevel(models.Model):
    """How long a visitor of one urgency level may wait before the guide looks again."""

    code = models.CharField(_("level"), max_length=3, choices=Urgency.choices, unique=True)
    reassess_minutes = models.PositiveIntegerField(
        _("re-assess after (minutes)"),
        help_text=_("A waiting visitor of this level turns amber on the board after this long."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("urgency level")
        verbose_name_plural = _("urgency levels")
        ordering = ["code"]
        constraints = [
            choice_check("code", Urgency.values, name="urgency_level_code_valid"),
        ]

    def __str__(self) -> str:
        return str(self.get_code_display())

    @classmethod
    def minutes_by_code(cls) -> dict[str, int]:
        """Return the re-assess minutes of every level (one query; defaults fill gaps)."""
        minutes = {str(code): value for code, value in DEFAULT_REASSESS_MINUTES.items()}
        minutes.update(dict(cls.objects.values_list("code", "reassess_minutes")))
        return minutes

    @classmethod
    def reassess_time(cls, code: str, since: datetime) -> datetime:
        """Return when a visitor of level `code`, waiting since `since`, is looked at again."""
        minutes = cls.objects.filter(code=code).values_list("reassess_minutes", flat=True).first()
        if minutes is None:
            minutes = DEFAULT_REASSESS_MINUTES[Urgency(code)]
        return since + timedelta(minutes=minutes)


class TriageDecision(IdempotentModel, models.Model):
    """Where a guide sent a visitor and how urgently; re-triage adds a new one."""

    visit = models.ForeignKey(
        Visit, on_delete=models.CASCADE, related_name="decisions", verbose_name=_("visit")
    )
    department = department_field(_("department"))
    urgency = models.CharField(_("urgency"), max_length=3, choices=Urgency.choices)
    suggestions = models.JSONField(
        _("suggestions offered"),
        default=list,
        blank=True,
        help_text=_("What the routing engine offered, best first, with its reasons."),
    )
    overridden = models.BooleanField(
        _("overrode the suggestion"),
        default=False,
        help_text=_("The guide chose something other than the top suggestion."),
    )
    override_reason = models.CharField(_("reason for overriding"), max_length=200, blank=True)
    decided_by = by_user_field(_("decided by"), required=True)
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now)
    history = HistoricalRecords()

    objects = VisitRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("triage decision")
        verbose_name_plural = _("triage decisions")
        ordering = ["-decided_at", "-pk"]
        get_latest_by = "decided_at"
        constraints = [
            choice_check("urgency", Urgency.values, name="triage_decision_urgency_valid"),
        ]
        indexes = [
            models.Index(fields=["visit", "decided_at"], name="triage_decision_visit_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.visit} → {self.department} ({self.urgency})"


class Escalation(IdempotentModel, models.Model):
    """A visitor who deteriorated in the hall and was sent to emergency (seed 000 §四③)."""

    visit = models.ForeignKey(
        Visit, on_delete=models.CASCADE, related_name="escalations", verbose_name=_("visit")
    )
    observation = models.TextField(
        _("what was seen"),
        help_text=_("E.g. fainted at the lift, chest pain, pale and sweating."),
    )
    spotted_at = models.DateTimeField(_("spotted at"), default=timezone.now)
    spotted_by = by_user_field(_("spotted by"), required=True)
    team_called_at = models.DateTimeField(_("emergency team called at"), null=True, blank=True)
    team_called_by = by_user_field(_("team called by"))
    family_notified_at = models.DateTimeField(_("family notified at"), null=True, blank=True)
    family_notified_by = by_user_field(_("family told by"))
    handed_to_er_at = models.DateTimeField(_("handed to emergency at"), null=True, blank=True)
    handed_to_er_by = by_user_field(_("handed to emergency by"))
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = by_user_field(_("closed by"))
    history = HistoricalRecords()

    objects = VisitRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")
        ordering = ["-spotted_at"]
        constraints = [
            # One open escalation per visit: a second tap on "Emergency" finds the first.
            models.UniqueConstraint(
                fields=["visit"],
                condition=models.Q(closed_at__isnull=True),
                name="escalation_one_open_per_visit",
            ),
            stamped_after(
                "team_called_at", "spotted_at", name="escalation_team_called_after_spotted"
            ),
            stamped_after("closed_at", "spotted_at", name="escalation_closed_after_spotted"),
        ]
        indexes = [
            models.Index(fields=["spotted_at"], name="escalation_spotted_idx"),
        ]

    def __str__(self) -> str:
        return _("Escalation of %(visit)s") % {"visit": self.visit}

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def minutes_to_team_call(self) -> float | None:
        """Return the minutes from spotting to calling the team (target: within 1)."""
        if self.team_called_at is None:
            return None
        return round((self.team_called_at - self.spotted_at) / timedelta(minutes=1), 1)

    @property
    def seconds_to_team_call(self) -> int | None:
        """Return the whole seconds from spotting to calling the team."""
        if self.team_called_at is None:
            return None
        return int((self.team_called_at - self.spotted_at).total_seconds())

    @property
    def team_call_on_target(self) -> bool | None:
        minutes = self.minutes_to_team_call
        return None if minutes is None else minutes <= 1


# --- routing: rules, concepts and settings ------------------------------------------------------


class RoutingDataQuerySet(models.QuerySet):
    """The rules or the concepts of the routing engine."""

    def active(self) -> "RoutingDataQuerySet":
        """Return those the engine reads: not switched off by an administrator."""
        return self.filter(is_active=True)


class RoutingData(models.Model):
    """What rules and concepts both are: rows a release ships and an administrator edits, notes
    or switches off."""

    is_active = models.BooleanField(_("active"), default=True)
    note = models.TextField(_("note"), blank=True)
    # What a shipped row held when it was loaded: a new release updates a shipped rule or concept
    # only while the row still holds exactly what was shipped (its content hashes to this value);
    # an administrator's edit keeps the row as edited. Empty: not shipped, or edited before
    # fingerprints were kept.
    shipped_fingerprint = models.CharField(
        _("shipped content"), max_length=64, blank=True, default="", editable=False
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = RoutingDataQuerySet.as_manager()

    class Meta:
        abstract = True


class RoutingRule(RoutingData):
    """Words of a complaint that point to a department (or to emergency, or say fever)."""

    # The name is the reason the guide reads: in three languages, like a department's name.
    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("name",)

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Department")
        RED_FLAG = "red_flag", _("Red flag (to emergency)")
        FEVER = "fever", _("Says fever")
        CHILD = "child", _("Says the visitor is a child")

    class Sex(models.TextChoices):
        ANY = "", _("Anyone")
        FEMALE = "F", _("Women only")
        MALE = "M", _("Men only")

    name = models.CharField(
        _("name"),
        max_length=80,
        unique=True,
        help_text=_("Shown to the guide as the reason, e.g. “胃痛、反酸、烧心”."),
    )
    name_zh_hant = models.CharField(
        _("name (Traditional Chinese)"), max_length=80, blank=True, help_text=FILLED_HANT
    )
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True, help_text=SHOWN_EN)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.DEPARTMENT)
    department = department_field(
        _("department"),
        required=False,
        help_text=_("Where the rule sends the visitor; red flags go to emergency."),
    )
    phrases = models.TextField(
        _("phrases"),
        help_text=_(
            "One per line: words (胃痛, stomach ache), parts in order with * between (胸*痛), "
            "or re: followed by a regular expression. Traditional characters, full-width "
            "letters and case are matched without listing them."
        ),
    )
    requires = models.TextField(
        _("only together with"),
        blank=True,
        help_text=_("One per line: the rule counts only if one of these is also said."),
    )
    unless = models.TextField(
        _("not when"),
        blank=True,
        help_text=_("One per line: the rule does not count if one of these is said."),
    )
    urgency = models.CharField(
        _("urgency"), max_length=3, choices=Urgency.choices, default=Urgency.IV
    )
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=10,
        help_text=_("When several departments match, the highest total weight comes first."),
    )
    min_age = models.PositiveSmallIntegerField(_("from age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("up to age"), null=True, blank=True)
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, default="", blank=True)
    min_temperature = models.DecimalField(
        _("from temperature (°C)"), max_digits=3, decimal_places=1, null=True, blank=True
    )
    child_department = department_field(
        _("department for children"),
        required=False,
        help_text=_("Where a child goes instead, e.g. paediatrics or paediatric surgery."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        ordering = ["kind", "department__code", "name"]
        constraints = [
            choice_check(
                "kind", ["department", "red_flag", "fever", "child"], name="routing_rule_kind_valid"
            ),
            choice_check("urgency", Urgency.values, name="routing_rule_urgency_valid"),
            implies(
                models.Q(kind="red_flag"),
                models.Q(urgency__in=["I", "II"]),
                name="routing_rule_red_flag_urgent",
            ),
            choice_check("sex", ["", "F", "M"], name="routing_rule_sex_valid"),
            models.CheckConstraint(
                condition=models.Q(min_age__isnull=True)
                | models.Q(max_age__isnull=True)
                | models.Q(min_age__lte=models.F("max_age")),
                name="routing_rule_ages_in_order",
            ),
            models.CheckConstraint(
                condition=models.Q(min_temperature__isnull=True)
                | models.Q(min_temperature__gte=30, min_temperature__lte=45),
                name="routing_rule_temperature_range",
            ),
        ]
        indexes = [
            models.Index(fields=["is_active", "kind"], name="routing_rule_active_idx"),
        ]

    def __str__(self) -> str:
        return self.name


class RoutingConcept(RoutingData):
    """One symptom, body part, substance, event or condition with all its surface forms.

    Rules name a concept as `@name` in a phrase; one new form serves every rule that names it.
    """

    # The label is shown in the reasons, in three languages.
    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("label",)

    class Kind(models.TextChoices):
        SYMPTOM = "symptom", _("Symptom")
        BODY_PART = "body_part", _("Body part")
        SUBSTANCE = "substance", _("Substance")
        EVENT = "event", _("Event")
        CONDITION = "condition", _("Condition")
        LASTING = "lasting", _("Lasting state (once had, had still: a transplant)")
        MODIFIER = "modifier", _("Modifier (amount, severity, time)")

    name = models.SlugField(
        _("name"),
        max_length=60,
        unique=True,
        help_text=_("Lower-case letters, digits and _; rules write it as @name, e.g. @sedative."),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.SYMPTOM)
    label = models.CharField(
        _("label"), max_length=80, blank=True, help_text=_("Shown in the reasons, e.g. “安眠药”.")
    )
    label_zh_hant = models.CharField(
        _("label (Traditional Chinese)"), max_length=80, blank=True, help_text=FILLED_HANT
    )
    label_en = models.CharField(_("label (English)"), max_length=80, blank=True, help_text=SHOWN_EN)
    forms = models.TextField(
        _("forms"),
        help_text=_(
            "One per line: every way visitors say it — colloquial, dialect, English, common "
            "typos. Traditional characters and full-width letters need no line of their own."
        ),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("routing concept")
        verbose_name_plural = _("routing concepts")
        ordering = ["kind", "name"]
        constraints = [
            choice_check(
                "kind",
                ["symptom", "body_part", "substance", "event", "condition", "lasting", "modifier"],
                name="routing_concept_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"@{self.name}"


class RoutingSettings(models.Model):
    """The hospital's choices for the fever rule and children (one row)."""

    class ChildFever(models.TextChoices):
        PED = "PED", _("Paediatrics")
        FEVER = "FEVER", _("Fever clinic")

    fever_threshold = models.DecimalField(
        _("fever from (°C)"),
        max_digits=3,
        decimal_places=1,
        default=Decimal("37.3"),
        validators=[MinValueValidator(Decimal("30")), MaxValueValidator(Decimal("45"))],
        help_text=_("Adults at or above this temperature go to the fever clinic first."),
    )
    child_age_limit = models.PositiveSmallIntegerField(
        _("children are under (years)"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(18)],
        help_text=_("Visitors younger than this are seen by the children's departments."),
    )
    child_fever_department = models.CharField(
        _("children with fever go to"),
        max_length=8,
        choices=ChildFever.choices,
        default=ChildFever.PED,
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("routing settings")
        verbose_name_plural = _("routing settings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(fever_threshold__gte=30, fever_threshold__lte=45),
                name="routing_settings_fever_range",
            ),
            choice_check(
                "child_fever_department",
                ["PED", "FEVER"],
                name="routing_settings_child_fever_valid",
            ),
        ]

    def __str__(self) -> str:
        return str(_("Routing settings"))

    @classmethod
    def current(cls) -> "RoutingSettings":
        """Return the settings row, or unsaved defaults when there is none yet."""
        return cls.objects.filter(pk=1).first() or cls(pk=1)


class RoutingRevision(models.Model):
    """A counter bumped by every change to the rules or settings.

    Each process keeps its compiled engine and reads this one row to learn that another
    process (another gunicorn worker, the admin) changed the rules. Not history-tracked: it
    records no one's action, only that something changed.
    """

    value = models.PositiveBigIntegerField(_("revision"), default=0)

    class Meta:
        verbose_name = _("routing revision")
        verbose_name_plural = _("routing revisions")

    def __str__(self) -> str:
        return str(self.value)
