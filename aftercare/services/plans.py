"""Follow-up plans: start one, record each call, stop it."""

import datetime as dt
import uuid

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.localized import fill_traditional
from hospital.models import Department, Desk
from hospital.records import save_as, transition
from hospital.workdays import is_working_day, next_working_day
from reception.models import Inquiry, Visit
from reception.services.inquiries import inquiry_record

from ..models import FollowUpPlan, FollowUpStep, PlanTemplate, PlanTemplateStep
from . import refusal


def step_due_on(starts_on: dt.date, offset_days: int) -> dt.date:
    """Return the day a step `offset_days` after `starts_on` is due: that day, or the next
    working day when it is a holiday or a weekend."""
    day = starts_on + dt.timedelta(days=offset_days)
    return day if is_working_day(day) else next_working_day(day)


def plan_schedule(
    template: PlanTemplate, starts_on: dt.date, steps: list[PlanTemplateStep] | None = None
) -> list[tuple[PlanTemplateStep, dt.date]]:
    """Return each step of `template` with the working day it falls due."""
    rows = steps if steps is not None else list(template.steps.all())
    return [(step, step_due_on(starts_on, step.offset_days)) for step in rows]


def _already_running(template: PlanTemplate) -> ValidationError:
    return refusal(
        "template",
        _(
            "“%(plan)s” is already running for this phone number: open it instead of starting it again."
        )
        % {"plan": template.name},
        "duplicate",
    )


def _started_by_this_tap(template: PlanTemplate, form_token: uuid.UUID | None) -> FollowUpPlan:
    """Return the plan the other half of this double tap started; refuse if another tablet did."""
    plan = FollowUpPlan.created_with(form_token)
    if plan is None:
        raise _already_running(template)
    return plan


@transaction.atomic
def follow_up_start(
    *,
    template: PlanTemplate,
    desk: Desk,
    by: User,
    phone: str,
    name: str = "",
    starts_on: dt.date | None = None,
    visit: Visit | None = None,
    inquiry: Inquiry | None = None,
    department: Department | None = None,
    language: str = "zh-hans",
    form_token: uuid.UUID | None = None,
    now: dt.datetime | None = None,
) -> FollowUpPlan:
    """Start `template` for a visitor: one callback step per template step, on working days.

    `phone` is E.164. Refuse a template that is not active, a missing phone, a step that would
    fall due before today, and the same plan already running for this phone (a second tablet);
    the same form token twice (a double tap) returns the plan already started.
    """
    existing = FollowUpPlan.created_with(form_token)
    if existing is not None:
        return existing
    now = now or timezone.now()
    today = timezone.localdate(now)
    starts_on = starts_on or today
    if not template.is_active:
        raise refusal("template", _("This plan is no longer offered: choose another."), "inactive")
    if not phone:
        raise refusal("phone", _("A follow-up plan needs a phone number to call."), "required")
    schedule = plan_schedule(template, starts_on)
    if not schedule:
        raise refusal("template", _("This plan has no steps yet: ask an administrator."), "empty")
    for step, due_on in schedule:
        if due_on < today:
            raise refusal(
                "starts_on",
                _(
                    "The call “%(purpose)s” would be due on %(day)s, which has passed: count "
                    "from a later day."
                )
                % {"purpose": step.purpose, "day": due_on.isoformat()},
                "past",
            )
    if FollowUpPlan.objects.filter(
        phone=phone, template=template, status=FollowUpPlan.Status.ACTIVE
    ).exists():
        # The other half of this double tap may have started it meanwhile: then it is ours.
        return _started_by_this_tap(template, form_token)
    if department is None:
        if visit is not None:
            department = visit.destination
        elif inquiry is not None:
            department = inquiry.transferred_to
    try:
        with transaction.atomic():
            plan, created = FollowUpPlan.create_once(
                form_token=form_token,
                by=by,
                template=template,
                desk=desk,
                department=department,
                visit=visit,
                inquiry=inquiry,
                name=name.strip(),
                phone=phone,
                language=language,
                starts_on=starts_on,
                started_at=now,
                started_by=by,
            )
    except IntegrityError:
        # The other half of this double tap, or another tablet, started it a moment ago.
        return _started_by_this_tap(template, form_token)
    if not created:
        return plan
    for number, (template_step, due_on) in enumerate(schedule, start=1):
        fill_traditional(template_step)  # texts are frozen on the plan in all three languages
        save_as(
            FollowUpStep(
                plan=plan,
                number=number,
                offset_days=template_step.offset_days,
                due_on=due_on,
                purpose=template_step.purpose,
                purpose_zh_hant=template_step.purpose_zh_hant,
                purpose_en=template_step.purpose_en,
                script=template_step.script,
                script_zh_hant=template_step.script_zh_hant,
                script_en=template_step.script_en,
                asks_satisfaction=template_step.asks_satisfaction,
            ),
            by,
        )
    return plan


@transaction.atomic
def follow_up_step_done(
    *,
    step: FollowUpStep | int,
    by: User,
    result: str,
    satisfaction: int | None = None,
    needs_return_visit: bool = False,
    return_visit_on: dt.date | None = None,
    note: str = "",
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> FollowUpStep:
    """Record what came of a follow-up call.

    A return visit becomes an expected arrival (an outgoing-call inquiry with the date), which
    the end-of-day summary matches against walk-ins and which gets its confirmation call. "Asked
    to stop" stops the plan; the last step done completes it.
    """
    locked = FollowUpStep.locked(step, expected_version=expected_version, related=("plan",))
    now = now or timezone.now()
    today = timezone.localdate(now)
    if locked.status != FollowUpStep.Status.OPEN:
        raise locked.stale_error(locked.version)
    errors: dict[str, list[ValidationError]] = {}
    if result not in FollowUpStep.Result.values:
        errors.setdefault("result", []).append(
            ValidationError(
                _("Tap what came of the call: reached, not reached or asked to stop."),
                code="required",
            )
        )
    reached = result == FollowUpStep.Result.REACHED
    if reached and locked.asks_satisfaction and satisfaction is None:
        errors.setdefault("satisfaction", []).append(
            ValidationError(_("Ask how satisfied they are and tap the answer."), code="required")
        )
    if not reached:
        satisfaction, needs_return_visit, return_visit_on = None, False, None
    if needs_return_visit and return_visit_on is None:
        errors.setdefault("return_visit_on", []).append(
            ValidationError(_("Choose the day of the return visit."), code="required")
        )
    elif return_visit_on is not None and return_visit_on < today:
        errors.setdefault("return_visit_on", []).append(
            ValidationError(
                _("The return visit date has passed: choose today or later."), code="past"
            )
        )
    if errors:
        raise ValidationError(errors)
    if not needs_return_visit:
        return_visit_on = None
    plan = locked.plan
    if return_visit_on is not None:
        locked.return_inquiry = inquiry_record(
            desk=plan.desk,
            recorded_by=by,
            channel=Inquiry.Channel.PHONE_OUT,
            phone=plan.phone,
            caller_name=plan.name,
            topic=Inquiry.Topic.DOCTOR,
            question=_("Follow-up call: %(purpose)s") % {"purpose": locked.purpose},
            answer=note.strip() or _("Return visit booked."),
            outcome=Inquiry.Outcome.ANSWERED,
            expected_visit_on=return_visit_on,
            now=now,
        )
    locked.result = result
    locked.satisfaction = satisfaction
    locked.needs_return_visit = return_visit_on is not None
    locked.return_visit_on = return_visit_on
    locked.note = note.strip()
    locked.done_by = by
    transition(locked, FollowUpStep.Status.DONE, by=by, at=now)
    if result == FollowUpStep.Result.ASKED_TO_STOP:
        follow_up_stop(plan=plan, by=by, reason=_("Asked to stop on the call."), now=now)
    elif not plan.steps.filter(status=FollowUpStep.Status.OPEN).exists():
        locked_plan = FollowUpPlan.locked(plan)
        transition(locked_plan, FollowUpPlan.Status.COMPLETED, by=by, at=now)
    return locked


@transaction.atomic
def follow_up_stop(
    *,
    plan: FollowUpPlan | int,
    by: User,
    reason: str,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> FollowUpPlan:
    """Stop a running plan: each open step is cancelled with the reason."""
    reason = reason.strip()
    if not reason:
        raise refusal(
            "reason",
            _("Say why the plan is stopped, e.g. the visitor asked us not to call."),
            "required",
        )
    locked = FollowUpPlan.locked(plan, expected_version=expected_version)
    if not locked.is_active:
        raise locked.stale_error(locked.version)
    now = now or timezone.now()
    for step in locked.steps.filter(status=FollowUpStep.Status.OPEN).order_by("number"):
        step.cancel_reason = reason[:200]
        transition(step, FollowUpStep.Status.CANCELLED, by=by, at=now)
    locked.stop_reason = reason[:200]
    locked.stopped_by = by
    transition(locked, FollowUpPlan.Status.STOPPED, by=by, at=now)
    return locked
