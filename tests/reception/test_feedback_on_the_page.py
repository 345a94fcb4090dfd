"""A leaving visitor's exit feedback on the guide's tablet, on the page's own form: five faces per
question, one of them low, then "Complain about this" carries the comment to the intake.

The form is plain (tests/page_forms.py submits it as drawn); the taps on the faces and the
languages are the browser's (tests/browser/test_inquiries.py, test_kiosk.py)."""

import pytest

from reception.models import Feedback
from tests.page_forms import first_link_in, page_form
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(settings) -> None:
    settings.LANGUAGE_CODE = "en"


def test_feedback_with_one_low_face_and_the_complaint_it_leads_to(guide_client, desk, guide):
    visit = VisitFactory(desk=desk, logged_by=guide)
    form = page_form(
        guide_client.get(f"/reception/feedback/new/?visit={visit.pk}"), "#send-feedback"
    )
    for name in ("care", "attitude", "environment", "ethos", "recommend"):
        form.tap(element_id=f"id_{name}_4")  # Excellent
    form.tap(element_id="id_fees_1")  # Poor
    thanks = form.fill("comment", "The fees were not explained.").submit(guide_client)
    assert "Thank you" in thanks.content.decode()
    feedback = Feedback.objects.get()
    assert feedback.visit == visit and feedback.fees == 25 and feedback.care == 100
    complain = first_link_in(thanks, "complain")
    assert complain == f"/complaints/new/?feedback={feedback.pk}"
    assert "The fees were not explained." in guide_client.get(complain).content.decode()
