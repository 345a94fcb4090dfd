"""Kiosk mode: the exit survey handed to a visitor locks the session until the staff password."""

import uuid

import pytest
from django.urls import reverse

from hospital.models import Department
from reception.kiosk import SESSION_KEY
from reception.models import FEEDBACK_DIMENSIONS, Feedback
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db

PASSWORD = "pass-for-tests-1"
GOOD = dict.fromkeys(FEEDBACK_DIMENSIONS, 100)


def _hand_over(client, visit=None) -> None:
    data = {"visit": visit.pk} if visit else {}
    response = client.post(reverse("reception:kiosk_start"), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("reception:kiosk_feedback")


def test_staff_survey_prefills_the_department_seen_from_the_visit(guide_client, desk) -> None:
    gi = Department.objects.get(code="GI")
    visit = VisitFactory(desk=desk, destination=gi, status="handed_off")
    response = guide_client.get(reverse("reception:feedback_new") + f"?visit={visit.pk}")
    assert response.context["form"]["department"].value() == gi.pk
    assert 'id="kiosk-start"' in response.content.decode()


def test_kiosk_page_has_no_staff_menu_and_no_visit_number(guide_client, desk) -> None:
    gi = Department.objects.get(code="GI")
    visit = VisitFactory(desk=desk, destination=gi, status="handed_off")
    _hand_over(guide_client, visit)
    response = guide_client.get(reverse("reception:kiosk_feedback"))
    body = response.content.decode()
    assert response.status_code == 200
    assert 'class="fd-nav' not in body and f'href="{reverse("overview:board")}"' not in body
    assert visit.visitor.name not in body
    assert 'name="visit"' not in body
    assert response.context["form"]["department"].value() == gi.pk


@pytest.mark.parametrize(
    "url",
    [
        lambda: reverse("overview:board"),
        lambda: reverse("reception:inquiry_list"),
        lambda: reverse("reception:feedback_new"),
        lambda: reverse("complaints:list"),
        lambda: reverse("admin:index"),
        lambda: "/no/such/page/",
    ],
)
def test_every_staff_url_sends_the_kiosk_back_to_the_survey(guide_client, desk, url) -> None:
    _hand_over(guide_client)
    response = guide_client.get(url())
    assert response.status_code == 302
    assert response["Location"] == reverse("reception:kiosk_feedback")


def test_a_post_to_a_staff_url_is_refused_in_kiosk_mode(guide_client, desk) -> None:
    visit = VisitFactory(desk=desk, status="waiting")
    _hand_over(guide_client)
    response = guide_client.post(reverse("reception:visit_left", args=[visit.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("reception:kiosk_feedback")
    visit.refresh_from_db()
    assert visit.status == "waiting"


def test_visitor_sends_the_survey_for_the_visit_and_sees_the_thanks(guide_client, desk) -> None:
    gi = Department.objects.get(code="GI")
    visit = VisitFactory(desk=desk, destination=gi, status="handed_off")
    _hand_over(guide_client, visit)
    data = {"idempotency_key": str(uuid.uuid4()), "department": gi.pk, "comment": "", **GOOD}
    # A visitor cannot point the survey at another visit: the visit is the guide's.
    data["visit"] = 999999
    response = guide_client.post(reverse("reception:kiosk_feedback"), data)
    assert response["Location"] == reverse("reception:kiosk_done")
    feedback = Feedback.objects.get()
    assert feedback.visit == visit and feedback.channel == Feedback.Channel.TABLET
    assert guide_client.get(reverse("overview:board"))["Location"] == reverse(
        "reception:kiosk_done"
    )


def test_a_wrong_password_keeps_the_kiosk_locked(guide_client, desk) -> None:
    _hand_over(guide_client)
    response = guide_client.post(reverse("reception:kiosk_unlock"), {"password": "guess"})
    assert response.status_code == 403
    assert response.context["unlock_form"].has_error("password", "wrong_password")
    assert SESSION_KEY in guide_client.session
    assert guide_client.get(reverse("overview:board")).status_code == 302


def test_five_wrong_passwords_end_the_session(guide_client, desk) -> None:
    _hand_over(guide_client)
    for _ in range(5):
        response = guide_client.post(reverse("reception:kiosk_unlock"), {"password": "guess"})
    assert response.status_code == 302
    assert reverse("login") in response["Location"]
    assert "_auth_user_id" not in guide_client.session


def test_the_password_unlocks_and_returns_to_the_staff_language(guide_client, desk) -> None:
    visit = VisitFactory(desk=desk, status="handed_off")
    guide_client.cookies["django_language"] = "zh-hans"
    _hand_over(guide_client, visit)
    guide_client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = guide_client.post(reverse("reception:kiosk_unlock"), {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == visit.get_absolute_url()
    assert response.cookies["django_language"].value == "zh-hans"
    assert SESSION_KEY not in guide_client.session
    assert guide_client.get(reverse("reception:inquiry_list")).status_code == 200


def test_only_a_guide_hands_the_tablet_over(manager_client) -> None:
    assert manager_client.post(reverse("reception:kiosk_start")).status_code == 403
