"""The kiosk handed to a visitor, on the pages' own forms (tests/page_forms.py): the survey sent,
a staff address lands on the thanks, a wrong password keeps it locked with its message, the right
one gives the guide back their own screen. What only a browser shows (no link anywhere, the
accessibility gate, the back button, the visitor's language button) is in
tests/browser/test_kiosk.py."""

import pytest

from hospital.models import Department
from reception.models import FEEDBACK_DIMENSIONS, Feedback
from tests.page_forms import page_form, text_of
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db


def test_the_survey_is_sent_and_only_the_password_gives_the_tablet_back(guide_client, desk):
    gi = Department.objects.get(code="GI")
    visit = VisitFactory(desk=desk, destination=gi, status="handed_off")
    guide_client.cookies["django_language"] = "zh-hans"
    start = guide_client.get(f"/reception/feedback/new/?visit={visit.pk}")
    survey = page_form(start, "#kiosk-start-submit").submit(guide_client)
    assert survey.wsgi_request.path == "/reception/kiosk/feedback/"
    form = page_form(survey, "#send-feedback")
    assert form.values["department"] == [str(gi.pk)]
    for name in FEEDBACK_DIMENSIONS:
        form.choose(name, form.option_values(name)[-1])
    thanks = form.submit(guide_client)
    assert text_of(thanks, "kiosk-thanks")
    assert Feedback.objects.get().visit == visit
    assert guide_client.get("/reception/", follow=True).wsgi_request.path == (
        "/reception/kiosk/thanks/"
    )

    wrong = page_form(thanks, "#kiosk-unlock-submit").fill("password", "not-my-password")
    refused = wrong.submit(guide_client)
    assert "这不是当前登录工作人员的密码" in text_of(refused, "kiosk-unlock")
    assert guide_client.get("/reception/", follow=True).wsgi_request.path == (
        "/reception/kiosk/thanks/"
    )

    right = page_form(refused, "#kiosk-unlock-submit").fill("password", "pass-for-tests-1")
    staff = right.submit(guide_client)
    # Back on the staff screen (the feedback's thanks page, which offers a complaint), in the
    # guide's own language again.
    assert "/kiosk/" not in staff.wsgi_request.path
    assert 'class="fd-nav' in staff.content.decode()
    assert '<html lang="zh-hans"' in staff.content.decode()
