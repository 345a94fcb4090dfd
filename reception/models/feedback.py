"""Exit feedback on six dimensions and the improvement plans for those that fall short."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.desks import scoped
from hospital.fields import by_user_field, choice_check, department_field, desk_field
from hospital.records import IdempotentModel

from ..fields import concerned_visit_field

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
    from django_stubs_ext import StrOrPromise


# Seed 000 §六③ asks leaving patients about these six; seed 003 §二(五) flags any under 85.
class FeedbackDimension(models.TextChoices):
    CARE = "care", _("care")
    ATTITUDE = "attitude", _("service attitude")
    FEES = "fees", _("fees")
    ENVIRONMENT = "environment", _("environment")
    ETHOS = "ethos", _("service ethos")
    RECOMMEND = "recommend", _("would recommend")


FEEDBACK_DIMENSIONS: list[str] = FeedbackDimension.values


def _score_field(label: "StrOrPromise") -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(label, help_text=_("0 (very poor) to 100 (excellent)."))


class FeedbackQuerySet(models.QuerySet["Feedback"]):
    def visible_to(self, user: "AbstractBaseUser | AnonymousUser") -> "FeedbackQuerySet":
        """Return the feedback this person may read: all for supervisors, a guide's that given
        at their desks, a department manager's that about their departments' visits."""
        return scoped(self, user, desk="desk", departments=["department", "visit__destination"])


class Feedback(IdempotentModel):
    """A leaving visitor's scores on the six dimensions, given on the tablet or by phone."""

    class Channel(models.TextChoices):
        TABLET = "tablet", _("On the tablet")
        PHONE = "phone", _("By phone after the visit")
        # The visitor scanned the exit-survey QR code and answered on their own phone.
        MOBILE = "mobile", _("On their own phone")

    desk = desk_field(related_name="feedback")
    visit = concerned_visit_field(_("visit"), related_name="feedback")
    department = department_field(
        _("department"),
        related_name="feedback",
        required=False,
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
    recorded_by = by_user_field(_("recorded by"), related_name="recorded_feedback", required=True)
    history = HistoricalRecords()

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("exit feedback")
        verbose_name_plural = _("exit feedback")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(fields=["visit"], name="feedback_one_per_visit"),
            choice_check("channel", ["tablet", "phone", "mobile"], name="feedback_channel_valid"),
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

    def get_absolute_url(self) -> str:
        """Return the thanks page, which offers a complaint and so lives above reception.

        config's ABSOLUTE_URL_OVERRIDES replaces this method with the top floor's URL.
        """
        raise ImproperlyConfigured("Set ABSOLUTE_URL_OVERRIDES['reception.feedback'] in settings.")

    def scores(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in FEEDBACK_DIMENSIONS}

    @property
    def low_dimensions(self) -> list[str]:
        return [
            name for name, score in self.scores().items() if score < settings.SATISFACTION_THRESHOLD
        ]


class ImprovementPlan(IdempotentModel):
    """What will be done about a dimension that averaged under 85 (seed 003: within a week)."""

    dimension = models.CharField(
        _("dimension"),
        max_length=12,
        choices=FeedbackDimension.choices,
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    desk = desk_field(related_name="improvement_plans", required=False)
    department = department_field(_("department"), related_name="improvement_plans", required=False)
    average = models.DecimalField(_("average score"), max_digits=5, decimal_places=1)
    note = models.TextField(_("cause and plan"))
    due_on = models.DateField(_("due by"))
    created_at = models.DateTimeField(_("written at"))
    created_by = by_user_field(_("written by"), required=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("improvement plan")
        verbose_name_plural = _("improvement plans")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="improvement_plan_period_in_order",
            ),
            choice_check("dimension", FEEDBACK_DIMENSIONS, name="improvement_plan_dimension_valid"),
        ]
        indexes = [
            models.Index(fields=["period_start", "period_end"], name="improvement_plan_period_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_dimension_display()} {self.period_start}–{self.period_end}"
