from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.models import Department
from reception.models import Urgency, Visit

# --- issue 3: urgency levels, triage decisions, escalations -------------------------------------

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
            models.CheckConstraint(
                condition=models.Q(code__in=["I", "II", "III", "IV"]),
                name="urgency_level_code_valid",
            ),
        ]

    def __str__(self) -> str:
        return str(self.get_code_display())

    @classmethod
    def minutes_by_code(cls) -> dict[str, int]:
        """Return the re-assess minutes of every level (one query; defaults fill gaps)."""
        minutes = {str(code): value for code, value in DEFAULT_REASSESS_MINUTES.items()}
        minutes.update(dict(cls.objects.values_list("code", "reassess_minutes")))
        return minutes


class TriageDecision(models.Model):
    """Where a guide sent a visitor and how urgently; re-triage adds a new one."""

    visit = models.ForeignKey(
        Visit, on_delete=models.CASCADE, related_name="decisions", verbose_name=_("visit")
    )
    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="+", verbose_name=_("department")
    )
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
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("triage decision")
        verbose_name_plural = _("triage decisions")
        ordering = ["-decided_at", "-pk"]
        get_latest_by = "decided_at"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(urgency__in=["I", "II", "III", "IV"]),
                name="triage_decision_urgency_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["visit", "decided_at"], name="triage_decision_visit_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.visit} → {self.department} ({self.urgency})"


class Escalation(models.Model):
    """A visitor who deteriorated in the hall and was sent to emergency (seed 000 §四③)."""

    visit = models.ForeignKey(
        Visit, on_delete=models.CASCADE, related_name="escalations", verbose_name=_("visit")
    )
    observation = models.TextField(
        _("what was seen"),
        help_text=_("E.g. fainted at the lift, chest pain, pale and sweating."),
    )
    spotted_at = models.DateTimeField(_("spotted at"), default=timezone.now)
    spotted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("spotted by"),
    )
    team_called_at = models.DateTimeField(_("emergency team called at"), null=True, blank=True)
    family_notified_at = models.DateTimeField(_("family notified at"), null=True, blank=True)
    handed_to_er_at = models.DateTimeField(_("handed to emergency at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("closed by"),
    )
    history = HistoricalRecords()

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
            models.CheckConstraint(
                condition=models.Q(team_called_at__isnull=True)
                | models.Q(team_called_at__gte=models.F("spotted_at")),
                name="escalation_team_called_after_spotted",
            ),
            models.CheckConstraint(
                condition=models.Q(closed_at__isnull=True)
                | models.Q(closed_at__gte=models.F("spotted_at")),
                name="escalation_closed_after_spotted",
            ),
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
    def team_call_on_target(self) -> bool | None:
        minutes = self.minutes_to_team_call
        return None if minutes is None else minutes <= 1


# --- end issue 3 ---------------------------------------------------------------------------------
