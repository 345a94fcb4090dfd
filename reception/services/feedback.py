"""Exit feedback and the improvement plans for dimensions that fall short."""

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department, Desk
from hospital.refusals import Refusals, refusal

from ..models import FEEDBACK_DIMENSIONS, Feedback, ImprovementPlan, Visit

# Seed 003 §二(五): a dimension under the threshold gets its cause and plan within one week.
IMPROVEMENT_PLAN_DAYS = 7


def _duplicate_feedback_error() -> ValidationError:
    return refusal(
        "visit", _("This visit already has its feedback: one submission per visit."), "duplicate"
    )


@transaction.atomic
def feedback_submit(
    *,
    desk: Desk,
    recorded_by: User,
    scores: dict[str, int],
    comment: str = "",
    visit: Visit | None = None,
    department: Department | None = None,
    channel: str = Feedback.Channel.TABLET,
    form_token: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Feedback:
    """Save a leaving visitor's six scores; one submission per visit."""
    existing = Feedback.created_with(form_token)
    if existing is not None:
        return existing
    refusals = Refusals()
    for name in FEEDBACK_DIMENSIONS:
        if not isinstance(scores.get(name), int) or not 0 <= scores[name] <= 100:
            refusals.add(name, _("Give a score from 0 to 100."), "out_of_range")
    refusals.raise_any()
    if visit is not None:
        if Feedback.objects.filter(visit=visit).exists():
            raise _duplicate_feedback_error()
        department = visit.destination or department
    # Typed loosely: create_once's own keywords (form_token, by) would not take a dict of ints.
    dimension_scores: dict[str, Any] = {name: scores[name] for name in FEEDBACK_DIMENSIONS}
    try:
        feedback, _created = Feedback.create_once(
            form_token=form_token,
            by=recorded_by,
            desk=desk,
            visit=visit,
            department=department,
            channel=channel,
            comment=comment.strip(),
            submitted_at=now or timezone.now(),
            recorded_by=recorded_by,
            **dimension_scores,
        )
    except IntegrityError:
        # Another tablet saved this visit's feedback a moment ago (one per visit).
        raise _duplicate_feedback_error() from None
    return feedback


@transaction.atomic
def improvement_plan_write(
    *,
    dimension: str,
    period_start: date,
    period_end: date,
    desk: Desk | None,
    department: Department | None,
    average: Decimal,
    note: str,
    due_on: date,
    created_by: User,
    form_token: uuid.UUID | None = None,
    now: datetime | None = None,
) -> ImprovementPlan:
    """Record the plan for a flagged dimension, due within a week."""
    existing = ImprovementPlan.created_with(form_token)
    if existing is not None:
        return existing
    now = now or timezone.now()
    today = timezone.localdate(now)
    refusals = Refusals()
    if not today <= due_on <= today + timedelta(days=IMPROVEMENT_PLAN_DAYS):
        refusals.add(
            "due_on",
            _("The plan is due within a week: choose a date from today to 7 days on."),
            "due",
        )
    if not note.strip():
        refusals.add("note", _("Write the cause and what will change."), "required")
    refusals.raise_any()
    plan, _created = ImprovementPlan.create_once(
        form_token=form_token,
        by=created_by,
        dimension=dimension,
        period_start=period_start,
        period_end=period_end,
        desk=desk,
        department=department,
        average=average,
        note=note.strip(),
        due_on=due_on,
        created_at=now,
        created_by=created_by,
    )
    return plan
