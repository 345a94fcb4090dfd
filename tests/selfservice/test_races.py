"""Two phones on one survey link at the same moment, on PostgreSQL: one answer is saved."""

import uuid

import pytest
from django.core.exceptions import ValidationError

from reception.models import FEEDBACK_DIMENSIONS, Feedback
from selfservice import services
from tests.reception.factories import VisitFactory
from tests.reception.test_callbacks_races import _race
from tests.selfservice.factories import LinkFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_phones_answering_one_survey_at_once_save_one_answer(desk, guide) -> None:
    link = LinkFactory(survey=True, visit=VisitFactory(desk=desk, logged_by=guide))

    def answer(score: int):
        return lambda: services.survey_answer(
            link=link,
            scores=dict.fromkeys(FEEDBACK_DIMENSIONS, score),
            comment="",
            form_token=uuid.uuid4(),
        )

    results = _race(answer(100), answer(0))
    assert sum(isinstance(r, Feedback) for r in results) == 1
    assert sum(isinstance(r, ValidationError) for r in results) == 1
    assert Feedback.objects.filter(visit=link.visit).count() == 1
    link.refresh_from_db()
    assert link.feedback == Feedback.objects.get()
