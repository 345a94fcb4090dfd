"""Follow-up plans: the administrator's templates and the callback steps each plan schedules.

A template (\"health check: 1 week, 1 month, every quarter for a year\") is a list of steps with
an offset in days, a purpose and a script, in the three languages of the localized pattern. A
plan started for a visitor copies each step's texts, so that editing a template later changes
the plans started afterwards and never the calls already promised.
"""

import datetime
from typing import ClassVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.constraints import implies
from hospital.desks import scoped
from hospital.fields import (
    by_user_field,
    choice_check,
    department_field,
    desk_field,
    kept_key,
)
from hospital.localized import FILLED_HANT, SHOWN_EN
from hospital.models import Desk
from hospital.phones import MaskedPhoneMixin
from hospital.records import IdempotentModel, VersionedModel
from reception.fields import concerned_visit_field
from reception.models import Inquiry


class PlanTemplate(models.Model):
    """A follow-up plan the desk can start: its name and, through its steps, its calls."""

    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("name",)

    code = models.SlugField(
        _("code"), max_length=30, unique=True, help_text=_("Short code, e.g. health-check.")
    )
    name = models.CharField(_("name"), max_length=60)
    name_zh_hant = models.CharField(
        _("name (Traditional Chinese)"), max_length=60, blank=True, help_text=FILLED_HANT
    )
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True, help_text=SHOWN_EN)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Only active templates can be started.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("follow-up plan template")
        verbose_name_plural = _("follow-up plan templates")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.name


class PlanTemplateStep(models.Model):
    """One call of a template: how many days after the start, why, and what to say."""

    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("purpose", "script")

    template = models.ForeignKey(
        PlanTemplate, on_delete=models.CASCADE, related_name="steps", verbose_name=_("template")
    )
    offset_days = models.PositiveSmallIntegerField(
        _("days after the start"),
        help_text=_("Calendar days; a step falling on a non-working day moves to the next one."),
    )
    purpose = models.CharField(_("purpose of the call"), max_length=120)
    purpose_zh_hant = models.CharField(
        _("purpose (Traditional Chinese)"), max_length=120, blank=True, help_text=FILLED_HANT
    )
    purpose_en = models.CharField(
        _("purpose (English)"), max_length=160, blank=True, help_text=SHOWN_EN
    )
    script = models.TextField(_("script"), help_text=_("What the guide says on the call."))
    script_zh_hant = models.TextField(
        _("script (Traditional Chinese)"), blank=True, help_text=FILLED_HANT
    )
    script_en = models.TextField(_("script (English)"), blank=True, help_text=SHOWN_EN)
    asks_satisfaction = models.BooleanField(_("asks satisfaction"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("template step")
        verbose_name_plural = _("template steps")
        ordering = ["template", "offset_days", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["template", "offset_days"], name="plan_template_step_offset_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"+{self.offset_days} · {self.purpose}"


class FollowUpPlanQuerySet(models.QuerySet["FollowUpPlan"]):
    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "FollowUpPlanQuerySet":
        """Return the plans this person may open: all for supervisors, a guide's those started
        at their desks, a department manager's those of their departments."""
        return scoped(self, user, desk="desk", departments=["department"])


class FollowUpPlan(MaskedPhoneMixin, VersionedModel, IdempotentModel):
    """A template started for one visitor: the steps are the calls the desk owes them."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Running")
        COMPLETED = "completed", _("Completed")
        STOPPED = "stopped", _("Stopped")

    TRANSITIONS: ClassVar[dict[str, frozenset[str]]] = {
        Status.ACTIVE: frozenset({Status.COMPLETED, Status.STOPPED}),
    }
    STATUS_TIMESTAMPS: ClassVar[dict[str, str]] = {
        Status.COMPLETED: "ended_at",
        Status.STOPPED: "ended_at",
    }

    template = models.ForeignKey(
        PlanTemplate, on_delete=models.PROTECT, related_name="plans", verbose_name=_("template")
    )
    desk = desk_field(related_name="follow_up_plans")
    department = department_field(_("department"), related_name="follow_up_plans", required=False)
    visit = concerned_visit_field(_("visit"), related_name="follow_up_plans")
    inquiry = kept_key(
        "reception.Inquiry", _("inquiry"), related_name="follow_up_plans", required=False
    )
    name = models.CharField(_("name"), max_length=60, blank=True)
    phone = models.CharField(_("phone"), max_length=20, help_text=_("Stored in E.164."))
    language = models.CharField(_("language"), max_length=10, default="zh-hans")
    starts_on = models.DateField(_("counted from"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    started_at = models.DateTimeField(_("started at"))
    started_by = by_user_field(_("started by"), required=True)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    stopped_by = by_user_field(_("stopped by"))
    stop_reason = models.CharField(_("why it was stopped"), max_length=200, blank=True)
    history = HistoricalRecords()

    objects = FollowUpPlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up plan")
        verbose_name_plural = _("follow-up plans")
        ordering = ["-started_at"]
        constraints = [
            choice_check(
                "status", ["active", "completed", "stopped"], name="follow_up_plan_status_valid"
            ),
            implies(
                models.Q(status="stopped"),
                ~models.Q(stop_reason=""),
                name="follow_up_plan_stop_has_reason",
            ),
            # A running plan has someone to call; an ended one may have lost the number to
            # anonymisation (PIPL art. 47).
            implies(models.Q(status="active"), ~models.Q(phone=""), name="follow_up_plan_phone"),
            # The same plan twice for one person at once: a second tablet, a second tap.
            models.UniqueConstraint(
                fields=["phone", "template"],
                condition=models.Q(status="active"),
                name="follow_up_plan_one_running",
            ),
        ]
        indexes = [
            models.Index(fields=["desk", "status", "started_at"], name="follow_up_plan_desk_idx"),
            models.Index(fields=["department", "started_at"], name="follow_up_plan_dept_idx"),
        ]

    def __str__(self) -> str:
        return _("Follow-up plan %(id)s") % {"id": self.pk}

    def get_absolute_url(self) -> str:
        return reverse("aftercare:plan_detail", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


class FollowUpStepQuerySet(models.QuerySet["FollowUpStep"]):
    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "FollowUpStepQuerySet":
        """Return the steps of the plans this person may open."""
        return scoped(self, user, desk="plan__desk", departments=["plan__department"])

    def open(self) -> "FollowUpStepQuerySet":
        return self.filter(status=FollowUpStep.Status.OPEN)

    def due_by(self, desk: Desk, day: datetime.date) -> "FollowUpStepQuerySet":
        """Return the desk's open steps due on `day` or earlier, the oldest first."""
        return (
            self.open()
            .filter(plan__desk=desk, due_on__lte=day)
            .select_related("plan", "plan__template", "plan__department")
            .order_by("due_on", "pk")
        )


class FollowUpStep(VersionedModel):
    """One call a plan owes: due on a working day, done with a result, or cancelled."""

    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("purpose", "script")

    class Status(models.TextChoices):
        OPEN = "open", _("To call")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    class Result(models.TextChoices):
        REACHED = "reached", _("Reached")
        NOT_REACHED = "not_reached", _("Not reached")
        ASKED_TO_STOP = "asked_to_stop", _("Asked to stop")

    class Satisfaction(models.IntegerChoices):
        # On the exit survey's 0–100 scale, so the two can be read side by side.
        VERY_SATISFIED = 100, _("Very satisfied")
        SATISFIED = 80, _("Satisfied")
        NEUTRAL = 60, _("Neither")
        DISSATISFIED = 40, _("Dissatisfied")
        VERY_DISSATISFIED = 20, _("Very dissatisfied")

    TRANSITIONS: ClassVar[dict[str, frozenset[str]]] = {
        Status.OPEN: frozenset({Status.DONE, Status.CANCELLED}),
    }
    STATUS_TIMESTAMPS: ClassVar[dict[str, str]] = {
        Status.DONE: "done_at",
        Status.CANCELLED: "cancelled_at",
    }

    plan = models.ForeignKey(
        FollowUpPlan, on_delete=models.CASCADE, related_name="steps", verbose_name=_("plan")
    )
    number = models.PositiveSmallIntegerField(_("number"))
    offset_days = models.PositiveSmallIntegerField(_("days after the start"))
    due_on = models.DateField(_("due on"))
    purpose = models.CharField(_("purpose of the call"), max_length=120)
    purpose_zh_hant = models.CharField(_("purpose (Traditional Chinese)"), max_length=120)
    purpose_en = models.CharField(_("purpose (English)"), max_length=160, blank=True)
    script = models.TextField(_("script"))
    script_zh_hant = models.TextField(_("script (Traditional Chinese)"), blank=True)
    script_en = models.TextField(_("script (English)"), blank=True)
    asks_satisfaction = models.BooleanField(_("asks satisfaction"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    result = models.CharField(_("result"), max_length=14, choices=Result.choices, blank=True)
    satisfaction = models.PositiveSmallIntegerField(
        _("satisfaction"), choices=Satisfaction.choices, null=True, blank=True
    )
    needs_return_visit = models.BooleanField(_("needs a return visit"), default=False)
    return_visit_on = models.DateField(_("return visit on"), null=True, blank=True)
    # The expected arrival the return visit became: reception's end-of-day summary matches it.
    return_inquiry = models.OneToOneField(
        Inquiry,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="follow_up_step",
        verbose_name=_("expected arrival"),
    )
    note = models.TextField(_("note"), blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = by_user_field(_("done by"))
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancel_reason = models.CharField(_("why it was cancelled"), max_length=200, blank=True)
    history = HistoricalRecords()

    objects = FollowUpStepQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up step")
        verbose_name_plural = _("follow-up steps")
        ordering = ["plan", "number"]
        constraints = [
            choice_check(
                "status", ["open", "done", "cancelled"], name="follow_up_step_status_valid"
            ),
            implies(
                models.Q(status="done"), ~models.Q(result=""), name="follow_up_step_done_has_result"
            ),
            implies(
                models.Q(status="cancelled"),
                ~models.Q(cancel_reason=""),
                name="follow_up_step_cancel_has_reason",
            ),
            models.CheckConstraint(
                condition=models.Q(needs_return_visit=False)
                | models.Q(return_visit_on__isnull=False),
                name="follow_up_step_return_has_date",
            ),
            models.UniqueConstraint(fields=["plan", "number"], name="follow_up_step_number"),
        ]
        indexes = [
            models.Index(
                fields=["due_on"],
                name="follow_up_step_open_idx",
                condition=models.Q(status="open"),
            ),
            # The day's calls made and the satisfaction report's phone answers read by done_at.
            models.Index(
                fields=["done_at"],
                name="follow_up_step_done_idx",
                condition=models.Q(done_at__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return _("Step %(number)s of follow-up plan %(plan)s") % {
            "number": self.number,
            "plan": self.plan_id,
        }

    def is_overdue(self, today: datetime.date) -> bool:
        return self.status == self.Status.OPEN and self.due_on < today

    @property
    def on_time(self) -> bool:
        """Return whether the step was done by the end of its due day (hospital time)."""
        return self.done_at is not None and timezone.localdate(self.done_at) <= self.due_on
