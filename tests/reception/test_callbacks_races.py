"""Two tablets at once, on PostgreSQL: one callback done once, one feedback per visit."""

import uuid

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hospital.directory import load_default_departments
from hospital.models import Department
from reception.models import FEEDBACK_DIMENSIONS, Feedback, Inquiry
from reception.services import feedback, inquiries
from tests.races import race as _race  # tests/selfservice/test_races.py imports it from here
from tests.reception.factories import InquiryFactory, VisitFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_guides_completing_one_callback_at_once_one_wins(desk, guide, second_guide) -> None:
    load_default_departments(Department)
    inquiry = InquiryFactory(
        desk=desk, outcome=Inquiry.Outcome.CALLBACK, callback_due_on=timezone.localdate()
    )
    results = _race(
        lambda: inquiries.inquiry_complete_callback(
            inquiry=inquiry.pk, by=guide, result="甲", expected_version=1
        ),
        lambda: inquiries.inquiry_complete_callback(
            inquiry=inquiry.pk, by=second_guide, result="乙", expected_version=1
        ),
    )
    assert sum(isinstance(r, Inquiry) for r in results) == 1
    assert sum(isinstance(r, ValidationError) for r in results) == 1
    inquiry.refresh_from_db()
    assert inquiry.version == 2 and inquiry.callback_result in ("甲", "乙")


def test_two_tablets_sending_feedback_for_one_visit_keep_one(desk, guide, second_guide) -> None:
    load_default_departments(Department)
    visit = VisitFactory(desk=desk, logged_by=guide)
    scores = dict.fromkeys(FEEDBACK_DIMENSIONS, 100)
    results = _race(
        *[
            (
                lambda user=user: feedback.feedback_submit(
                    desk=desk,
                    recorded_by=user,
                    scores=scores,
                    visit=visit,
                    form_token=uuid.uuid4(),
                )
            )
            for user in (guide, second_guide)
        ]
    )
    assert Feedback.objects.filter(visit=visit).count() == 1
    assert sum(isinstance(r, Feedback) for r in results) == 1
    assert sum(isinstance(r, ValidationError) for r in results) == 1
