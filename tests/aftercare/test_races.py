"""Two tablets at once, on PostgreSQL: one plan per phone, one result per call and confirmation."""

import datetime as dt
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from aftercare.models import Confirmation, FollowUpPlan, FollowUpStep, PlanTemplate
from aftercare.services.confirmations import confirmation_record
from aftercare.services.plans import follow_up_start, follow_up_step_done
from tests.aftercare.factories import FollowUpPlanFactory, FollowUpStepFactory
from tests.races import race
from tests.reception.factories import InquiryFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PHONE = "+8613812345678"


def _start(desk, user, token):
    return lambda: follow_up_start(
        template=PlanTemplate.objects.get(code="after-visit"),
        desk=desk,
        by=user,
        phone=PHONE,
        form_token=token,
    )


def test_two_tablets_starting_the_same_plan_for_one_phone_start_one(desk, guide, second_guide):
    results = race(_start(desk, guide, uuid.uuid4()), _start(desk, second_guide, uuid.uuid4()))
    assert FollowUpPlan.objects.count() == 1
    assert sum(isinstance(r, FollowUpPlan) for r in results) == 1
    assert sum(isinstance(r, ValidationError) for r in results) == 1
    assert FollowUpStep.objects.count() == 2


def test_a_double_tap_arriving_at_once_starts_one_plan(desk, guide):
    token = uuid.uuid4()
    results = race(_start(desk, guide, token), _start(desk, guide, token))
    assert FollowUpPlan.objects.count() == 1 and FollowUpStep.objects.count() == 2
    assert all(isinstance(r, FollowUpPlan) for r in results)


def test_two_guides_recording_one_call_at_once_one_wins(desk, guide, second_guide):
    step = FollowUpStepFactory(plan=FollowUpPlanFactory(desk=desk, started_by=guide))
    results = race(
        *[
            (
                lambda user=user, result=result: follow_up_step_done(
                    step=step.pk, by=user, result=result, expected_version=1
                )
            )
            for user, result in ((guide, "reached"), (second_guide, "not_reached"))
        ]
    )
    assert sum(isinstance(r, FollowUpStep) for r in results) == 1
    assert sum(isinstance(r, ValidationError) for r in results) == 1
    step.refresh_from_db()
    assert step.version == 2


def test_two_guides_confirming_one_visit_at_once_record_it_once(desk, guide, second_guide):
    inquiry = InquiryFactory(
        desk=desk,
        recorded_by=guide,
        received_at=timezone.now() - dt.timedelta(days=3),
        expected_visit_on=timezone.localdate() + dt.timedelta(days=1),
    )
    results = race(
        lambda: confirmation_record(inquiry=inquiry, by=guide, result="confirmed"),
        lambda: confirmation_record(inquiry=inquiry, by=second_guide, result="cancelled"),
    )
    assert Confirmation.objects.count() == 1
    assert sum(isinstance(r, Confirmation) for r in results) == 1
    assert sum(isinstance(r, ValidationError) for r in results) == 1
