"""Exit feedback and the improvement plans for dimensions that fall short."""

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department, Desk

from ..models import FEEDBACK_DIMENSIONS, Feedback, ImprovementPlan, Visit


def _find_by_key(model: type, key: uuid.UUID | None) -> Any:
    return model.objects.filter(idempotency_key=key).first() if key else None


def _duplicate_feedback_error() -> ValidationError:
    return ValidationError(
        {"visit": _("This visit already has its feedback: one submission per visit.")},
        code="duplicate",
    )


@transaction.atomic
def feedback_submit(
    *,
    desk: Desk,
    recorded_by: Any,
    scores: dict[str, int],
    comment: str = "",
    visit: Visit | None = None,
    department: Department | None = None,
    channel: str = Feedback.Channel.TABLET,
    idempotency_key: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Feedback:
    """Save a leaving visitor's six scores; one submission per visit."""
    existing = _find_by_key(Feedback, idempotency_key)
    if existing is not None:
        return existing
    bad = [
        name
        for name in FEEDBACK_DIMENSIONS
        if not isinstance(scores.get(name), int) or not 0 <= scores[name] <= 100
    ]
    if bad:
        raise ValidationError(
            {name: _("Give a score from 0 to 100.") for name in bad}, code="out_of_range"
        )
    if visit is not None:
        if Feedback.objects.filter(visit=visit).exists():
            raise _duplicate_feedback_error()
        department = visit.destination or department
    try:
        with transaction.atomic():
            return Feedback.objects.create(
                desk=desk,
                visit=visit,
                department=department,
                channel=channel,
                comment=comment.strip(),
                submitted_at=now or timezone.now(),
                recorded_by=recorded_by,
                idempotency_key=idempotency_key or uuid.uuid4(),
                **{name: scores[name] for name in FEEDBACK_DIMENSIONS},
            )
    except IntegrityError:
        existing = _find_by_key(Feedback, idempotency_key)
        if existing is not None:
            return existing
        raise _duplicate_feedback_error() from None


# Seed 003 §二(五): a dimension under 85 gets its cause and plan within one week.
IMPROVEMENT_PLAN_DAYS = 7


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
    created_by: Any,
    idempotency_key: uuid.UUID | None = None,
    now: datetime | None = None,
) -> ImprovementPlan:
    """Record the plan for a flagged dimension, due within a week."""
    existing = _find_by_key(ImprovementPlan, idempotency_key)
    if existing is not None:
        return existing
    now = now or timezone.now()
    today = timezone.localdate(now)
    if not today <= due_on <= today + timedelta(days=IMPROVEMENT_PLAN_DAYS):
        raise ValidationError(
            {"due_on": _("The plan is due within a week: choose a date from today to 7 days on.")},
            code="due",
        )
    if not note.strip():
        raise ValidationError({"note": _("Write the cause and what will change.")}, code="required")
    return ImprovementPlan.objects.create(
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
        idempotency_key=idempotency_key or uuid.uuid4(),
    )
