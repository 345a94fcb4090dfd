"""Aftercare's demo data, called by `seed_demo` after handover's: a health-check plan with its
week call due today, an expected visit to confirm, admission help and a send-off with its card.

Idempotent: a second run finds the records by their form tokens and adds nothing.
"""

import datetime as dt
import uuid
from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone

from hospital.models import Department, Desk
from reception.models import Inquiry, Visit
from reception.services.inquiries import inquiry_record

from .models import FollowUpPlan, PlanTemplate
from .services.discharge import admission_record, send_off_record
from .services.plans import follow_up_start

# Fixed tokens: the demo's records are created once however often seed_demo runs.
_NAMESPACE = uuid.UUID("6f1c2a57-6d43-4d1b-9a57-0c7c1e3e2b10")


def _token(name: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, name)


def seed(*, stdout: Any, style: Any, days: int, visits_per_day: int, volume: bool) -> None:
    """Add aftercare's demo records (idempotent)."""
    guide = User.objects.filter(username="guide").first()
    desk = Desk.objects.filter(code="main-hall").first()
    if guide is None or desk is None:
        stdout.write(style.WARNING("Aftercare demo skipped: no demo guide or main-hall desk."))
        return
    today = timezone.localdate()
    now = timezone.now()
    gi = Department.objects.filter(code="GI").first()

    # A health check a week ago: the one-week call is due today (or the next working day).
    if FollowUpPlan.created_with(_token("plan-health-check")) is None:
        follow_up_start(
            template=PlanTemplate.objects.get(code="health-check"),
            desk=desk,
            by=guide,
            phone="+8613800138001",
            name="周女士",
            starts_on=today - dt.timedelta(days=7),
            department=gi,
            form_token=_token("plan-health-check"),
            now=now,
        )

    # A caller who said five days ago they would come tomorrow: a confirmation call today.
    if Inquiry.created_with(_token("expected-visit")) is None:
        inquiry_record(
            desk=desk,
            recorded_by=guide,
            channel=Inquiry.Channel.PHONE_IN,
            phone="+8613800138002",
            caller_name="孙先生",
            topic=Inquiry.Topic.DOCTOR,
            question="明天想来看消化科，需要预约吗？",
            answer="可以直接来，建议上午。",
            expected_visit_on=today + dt.timedelta(days=1),
            form_token=_token("expected-visit"),
            now=now,
        )

    admission = Visit.objects.filter(desk=desk, purpose=Visit.Purpose.ADMISSION).first()
    if admission is not None and not hasattr(admission, "admission_help"):
        admission_record(
            visit=admission,
            by=guide,
            documents_checked=True,
            escorted_to_admissions=True,
            escorted_to_ward=True,
            ward=gi,
            nurse_name="李护士",
            now=now,
        )

    if gi is not None:
        send_off_record(
            desk=desk,
            by=guide,
            source="ward_call",
            ward=gi,
            patient_name="赵大爷",
            phone="+8613800138003",
            guidance_given=True,
            card_given=True,
            transport="wheelchair",
            feedback_asked=True,
            feedback="护士很耐心。",
            plan_template=PlanTemplate.objects.get(code="after-operation"),
            form_token=_token("send-off"),
            now=now,
        )
    stdout.write(style.SUCCESS("Aftercare demo: a follow-up plan, an expected visit, a send-off."))
