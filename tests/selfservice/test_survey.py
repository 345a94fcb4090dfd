"""The exit survey on the visitor's own phone: once per visit, 72 hours, their language."""

import datetime as dt
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hospital.models import AccessLog
from reception.kiosk import SESSION_KEY
from reception.models import FEEDBACK_DIMENSIONS, Feedback
from selfservice.models import Link
from tests.reception.factories import VisitFactory
from tests.selfservice.factories import LinkFactory

pytestmark = pytest.mark.django_db


def answers(**extra) -> dict:
    return (
        {"idempotency_key": str(uuid.uuid4()), "comment": "很好"}
        | {name: "75" for name in FEEDBACK_DIMENSIONS}
        | extra
    )


def url(link: Link, lang: str = "") -> str:
    path = reverse("selfservice:survey", args=[link.token])
    return f"{path}?lang={lang}" if lang else path


@pytest.fixture
def link(desk, guide):
    return LinkFactory(survey=True, visit=VisitFactory(desk=desk, logged_by=guide))


def test_the_survey_opens_without_login_in_the_language_chosen(link) -> None:
    response = Client().get(url(link, "en"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "How was your visit today?" in page and 'lang="en"' in page
    assert "Very poor" in page
    assert AccessLog.objects.filter(label=f"self-service survey link {link.pk}").exists()
    chinese = Client().get(url(link, "zh-hans")).content.decode()
    assert "How was your visit today?" not in chinese


def test_the_answer_is_saved_once_as_given_on_the_visitors_phone(link, guide) -> None:
    response = Client().post(url(link), answers())
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert feedback.visit == link.visit and feedback.channel == Feedback.Channel.MOBILE
    assert feedback.desk == link.desk and feedback.recorded_by == guide
    link.refresh_from_db()
    assert link.feedback == feedback
    assert "ss-thanks" in Client().get(response["Location"]).content.decode()


def test_a_second_phone_on_the_same_link_is_refused(link) -> None:
    first, second = Client(), Client()
    form_on_second = second.get(url(link))  # both opened the survey before either sent it
    assert form_on_second.status_code == 200
    assert first.post(url(link), answers()).status_code == 302
    response = second.post(url(link), answers(care="0"))
    assert "ss-thanks" in response.content.decode()  # already answered: the thanks, no form
    assert Feedback.objects.count() == 1 and Feedback.objects.get().care == 75


def test_a_double_tap_saves_one_answer(link) -> None:
    data = answers()
    client = Client()
    assert client.post(url(link), data).status_code == 302
    client.post(url(link), data)
    assert Feedback.objects.count() == 1


def test_the_survey_given_on_the_tablet_meanwhile_refuses_the_phone(link, guide) -> None:
    Feedback.objects.create(
        desk=link.desk,
        visit=link.visit,
        recorded_by=guide,
        submitted_at=timezone.now(),
        **{name: 50 for name in FEEDBACK_DIMENSIONS},
    )
    response = Client().post(url(link), answers())
    assert response.status_code == 400
    assert "already been answered" in response.content.decode() or "已" in (
        response.content.decode()
    )
    assert Feedback.objects.count() == 1


def test_after_72_hours_the_link_has_expired_and_nothing_is_saved(desk, guide) -> None:
    visit = VisitFactory(
        desk=desk, logged_by=guide, arrived_at=timezone.now() - dt.timedelta(hours=73)
    )
    link = LinkFactory(survey=True, visit=visit)
    assert Client().get(url(link)).status_code == 410
    assert Client().post(url(link), answers()).status_code == 410
    assert not Feedback.objects.exists()


def test_the_form_cannot_answer_for_another_visit(link, desk, guide) -> None:
    other = VisitFactory(desk=desk, logged_by=guide)
    Client().post(url(link), answers(visit=str(other.pk), channel="tablet"))
    feedback = Feedback.objects.get()
    assert feedback.visit == link.visit and feedback.channel == Feedback.Channel.MOBILE


def test_a_complaint_token_opens_no_survey() -> None:
    from tests.selfservice.factories import LinkFactory

    complaint_link = LinkFactory()
    assert Client().get(url(complaint_link)).status_code == 404


def test_a_score_out_of_range_is_a_message_and_nothing_is_saved(link) -> None:
    response = Client().post(url(link), answers(care="250"))
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_the_kiosk_survey_offers_a_code_for_the_visitors_own_phone(guide_client, link) -> None:
    response = guide_client.post(reverse("reception:kiosk_start"), {"visit": link.visit.pk})
    assert response.status_code == 302
    page = guide_client.get(reverse("reception:kiosk_feedback")).content.decode()
    assert "kiosk-own-phone" in page and f"/s/v/{link.token}/" in page


def test_the_guide_prints_a_survey_slip_for_a_visit(guide_client, desk, guide) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide)
    feedback_page = guide_client.get(reverse("reception:feedback_new"), {"visit": visit.pk})
    assert reverse("selfservice:survey_slip", args=[visit.pk]) in feedback_page.content.decode()
    page = guide_client.get(reverse("selfservice:survey_slip", args=[visit.pk])).content.decode()
    link = Link.objects.get(visit=visit)
    assert f"/s/v/{link.token}/" in page and "<svg" in page


def test_another_desks_guide_cannot_print_the_slip(desk, other_desk) -> None:
    from tests.hospital.factories import StaffProfileFactory, UserFactory

    stranger = UserFactory(username="stranger", role="guide")
    StaffProfileFactory(user=stranger, home_desk=other_desk)
    client = Client()
    client.force_login(stranger)
    visit = VisitFactory(desk=desk)
    assert client.get(reverse("selfservice:survey_slip", args=[visit.pk])).status_code == 404
    assert not Link.objects.exists()


def test_the_kiosk_state_is_untouched_by_the_code(guide_client, link) -> None:
    guide_client.post(reverse("reception:kiosk_start"), {"visit": link.visit.pk})
    guide_client.get(reverse("reception:kiosk_feedback"))
    assert guide_client.session[SESSION_KEY]["visit"] == link.visit.pk


def test_the_expired_message_is_in_the_language_the_visitor_chose(desk, guide) -> None:
    visit = VisitFactory(
        desk=desk, logged_by=guide, arrived_at=timezone.now() - dt.timedelta(hours=73)
    )
    link = LinkFactory(survey=True, visit=visit)
    page = Client().get(url(link) + "?lang=en").content.decode()
    assert "This link has expired" in page
