"""A short PIN unlocks an idle tablet within the shift; the kiosk gives the tablet back with it."""

import pytest
from django.contrib.auth import get_user
from django.contrib.auth.hashers import check_password
from django.test import Client
from django.urls import reverse

from hospital import security
from hospital.models import StaffPin
from hospital.pins import PIN_FAILURE_LIMIT, pin_problem, pin_set
from reception.kiosk import SESSION_KEY
from tests.security.test_sessions import Clock

pytestmark = pytest.mark.django_db

PASSWORD = "pass-for-tests-1"
PIN = "4826"
PAGE = "/accounts/password/"


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(security.time, "time", clock)
    return clock


@pytest.fixture
def pin_guide(guide):
    pin_set(user=guide, pin=PIN)
    return guide


@pytest.fixture
def locked_client(pin_guide, guide_client, clock):
    """A guide's tablet that sat idle 16 minutes on the password page: now locked."""
    guide_client.get(PAGE)
    clock.advance(minutes=16)
    response = guide_client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"] == reverse("session_locked")
    return guide_client


# --- what a PIN may be ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "pin",
    ["0000", "1111", "1234", "4321", "7890", "123456", "987654", "1212", "123123", "2580", "1314",
     "1990", "2026", "168168", "520520"],
)  # fmt: skip
def test_a_trivial_pin_is_refused(pin) -> None:
    assert pin_problem(pin) == "trivial"


@pytest.mark.parametrize("pin", ["123", "1234567", "12a4", "４８２６", "²³⁴⁵", "", " 4826"])
def test_a_pin_is_four_to_six_ascii_digits(pin) -> None:
    assert pin_problem(pin) == "format"


@pytest.mark.parametrize("pin", ["4826", "90713", "305819"])
def test_an_unremarkable_pin_is_accepted(pin) -> None:
    assert pin_problem(pin) is None


def test_the_pin_is_stored_hashed(pin_guide) -> None:
    stored = StaffPin.objects.get(user=pin_guide).pin
    assert PIN not in stored
    assert check_password(PIN, stored)


# --- setting it -----------------------------------------------------------------------------


def test_a_guide_sets_a_pin_after_typing_the_password(guide_client, guide) -> None:
    response = guide_client.post(
        reverse("pin_settings"),
        {"current_password": PASSWORD, "pin": "90713", "pin_again": "90713"},
    )
    assert response.status_code == 302
    assert check_password("90713", StaffPin.objects.get(user=guide).pin)
    assert guide_client.session[security.LOCKS_WHEN_IDLE] is True


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"current_password": "wrong", "pin": "90713", "pin_again": "90713"}, "current_password",
         "wrong_password"),
        ({"current_password": PASSWORD, "pin": "1234", "pin_again": "1234"}, "pin", "trivial"),
        ({"current_password": PASSWORD, "pin": "９０７１３", "pin_again": "９０７１３"}, "pin",
         "format"),
        ({"current_password": PASSWORD, "pin": "90713", "pin_again": "90714"}, "pin_again",
         "mismatch"),
    ],
)  # fmt: skip
def test_a_refused_pin_says_why_and_saves_nothing(guide_client, guide, data, field, code) -> None:
    response = guide_client.post(reverse("pin_settings"), data)
    assert response.status_code == 422
    assert response.context["form"].has_error(field, code)
    assert not StaffPin.objects.filter(user=guide).exists()


def test_staff_who_open_the_admin_use_their_password_only(supervisor_client, supervisor) -> None:
    assert supervisor_client.get(reverse("pin_settings")).status_code == 403
    response = supervisor_client.post(
        reverse("pin_settings"), {"current_password": PASSWORD, "pin": PIN, "pin_again": PIN}
    )
    assert response.status_code == 403
    assert not StaffPin.objects.exists()


def test_the_security_desk_may_set_a_pin(security_client, security) -> None:
    response = security_client.post(
        reverse("pin_settings"), {"current_password": PASSWORD, "pin": PIN, "pin_again": PIN}
    )
    assert response.status_code == 302
    assert StaffPin.objects.filter(user=security).exists()


def test_a_guide_removes_the_pin(pin_guide, guide_client) -> None:
    response = guide_client.post(reverse("pin_settings"), {"remove": "1"})
    assert response.status_code == 302
    assert not StaffPin.objects.filter(user=pin_guide).exists()


def test_the_password_page_links_to_the_pin_for_guides_only(guide_client, supervisor_client):
    assert reverse("pin_settings") in guide_client.get(PAGE).text
    assert reverse("pin_settings") not in supervisor_client.get(PAGE).text


# --- the lock screen ------------------------------------------------------------------------


def test_an_idle_tablet_with_a_pin_is_locked_not_logged_out(locked_client) -> None:
    assert get_user(locked_client).is_authenticated
    page = locked_client.get(reverse("session_locked"))
    assert page.status_code == 200
    assert 'id="unlock-form"' in page.text
    # Nothing else answers while locked: pages, htmx fragments, the keep-alive ping.
    assert locked_client.get(reverse("overview:board"))["Location"] == reverse("session_locked")
    fragment = locked_client.get(PAGE, headers={"HX-Request": "true"})
    assert fragment.status_code == 204
    assert fragment["HX-Redirect"] == reverse("session_locked")
    assert locked_client.get("/accounts/session/").status_code == 302


def test_the_lock_screen_shows_no_staff_navigation(locked_client) -> None:
    page = locked_client.get(reverse("session_locked")).text
    assert reverse("overview:board") not in page
    assert "idle-logout" not in page


def test_the_pin_unlocks_and_returns_to_the_page(locked_client) -> None:
    response = locked_client.post(reverse("session_locked"), {"password": PIN})
    assert response.status_code == 302
    assert response["Location"] == PAGE
    assert locked_client.get(PAGE).status_code == 200


def test_the_password_unlocks_too(locked_client) -> None:
    response = locked_client.post(reverse("session_locked"), {"password": PASSWORD})
    assert response.status_code == 302
    assert locked_client.get(PAGE).status_code == 200


def test_a_wrong_pin_keeps_the_lock(locked_client, pin_guide) -> None:
    response = locked_client.post(reverse("session_locked"), {"password": "9999"})
    assert response.status_code == 422
    assert response.context["form"].has_error("password", "wrong_password")
    assert locked_client.get(PAGE)["Location"] == reverse("session_locked")
    assert StaffPin.objects.get(user=pin_guide).failures == 1


def test_five_wrong_tries_end_the_session_and_block_the_pin(locked_client, pin_guide) -> None:
    for _ in range(PIN_FAILURE_LIMIT):
        response = locked_client.post(reverse("session_locked"), {"password": "9999"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not get_user(locked_client).is_authenticated
    # The PIN stays blocked in a new session until the password is typed at the login page.
    assert StaffPin.objects.get(user=pin_guide).failures == PIN_FAILURE_LIMIT
    locked_client.post(reverse("login"), {"username": "guide", "password": PASSWORD})
    assert StaffPin.objects.get(user=pin_guide).failures == 0


def test_a_blocked_pin_no_longer_locks_an_idle_tablet(pin_guide, guide_client, clock) -> None:
    StaffPin.objects.filter(user=pin_guide).update(failures=PIN_FAILURE_LIMIT)
    guide_client.get(PAGE)
    clock.advance(minutes=16)
    response = guide_client.get(PAGE)
    assert response["Location"].startswith("/accounts/login/")
    assert not get_user(guide_client).is_authenticated


def test_the_pin_does_not_outlive_the_shift(locked_client, clock) -> None:
    clock.advance(hours=12)
    response = locked_client.post(reverse("session_locked"), {"password": PIN})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not get_user(locked_client).is_authenticated


def test_a_colleague_logs_out_from_the_lock_screen(locked_client) -> None:
    response = locked_client.post(reverse("logout"))
    assert response.status_code == 302
    assert not get_user(locked_client).is_authenticated


def test_without_a_pin_an_idle_tablet_is_logged_out(guide_client, clock) -> None:
    guide_client.get(PAGE)
    clock.advance(minutes=16)
    assert guide_client.get(PAGE)["Location"].startswith("/accounts/login/")
    assert not get_user(guide_client).is_authenticated


def test_a_supervisor_with_a_pin_left_from_before_is_logged_out(supervisor, clock) -> None:
    # Made staff after setting a PIN as a guide: the admin's reach asks for the password.
    StaffPin.objects.create(user=supervisor, pin="x")
    client = Client()
    client.force_login(supervisor)
    client.get(PAGE)
    clock.advance(minutes=16)
    assert client.get(PAGE)["Location"].startswith("/accounts/login/")


def test_an_unlocked_session_has_no_lock_screen(guide_client) -> None:
    assert guide_client.get(reverse("session_locked"))["Location"] == reverse("overview:home")


def test_the_idle_warning_says_the_tablet_locks(pin_guide, client) -> None:
    client.cookies["django_language"] = "en"
    client.post(reverse("login"), {"username": "guide", "password": PASSWORD})
    assert client.session[security.LOCKS_WHEN_IDLE] is True
    page = client.get(PAGE).text
    assert "This tablet locks in a minute" in page and 'id="idle-warning"' in page


def test_without_a_pin_the_idle_warning_says_logout(guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    assert "You will be logged out in a minute" in guide_client.get(PAGE).text


# --- the kiosk ------------------------------------------------------------------------------


def _hand_over(client) -> None:
    assert client.post(reverse("reception:kiosk_start")).status_code == 302


def test_the_kiosk_gives_the_tablet_back_with_the_pin(pin_guide, guide_client, desk) -> None:
    _hand_over(guide_client)
    response = guide_client.post(reverse("reception:kiosk_unlock"), {"password": PIN})
    assert response.status_code == 302
    assert SESSION_KEY not in guide_client.session


def test_the_kiosk_refuses_a_wrong_pin_and_counts_it(pin_guide, guide_client, desk) -> None:
    _hand_over(guide_client)
    response = guide_client.post(reverse("reception:kiosk_unlock"), {"password": "9999"})
    assert response.status_code == 403
    assert SESSION_KEY in guide_client.session
    assert StaffPin.objects.get(user=pin_guide).failures == 1


def test_the_kiosk_ignores_a_pin_nobody_set(guide_client, desk) -> None:
    _hand_over(guide_client)
    response = guide_client.post(reverse("reception:kiosk_unlock"), {"password": PIN})
    assert response.status_code == 403
    assert SESSION_KEY in guide_client.session
