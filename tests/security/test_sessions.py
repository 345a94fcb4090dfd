"""Shared tablets: an idle session ends after 15 minutes, any session after one shift."""

import re
import time

import pytest
from django.contrib.auth import get_user

from hospital import security

pytestmark = pytest.mark.django_db
# A page every logged-in user has, owned by the security layer itself.
PAGE = "/accounts/password/"


class Clock:
    """time.time() as the session middleware sees it, moved on by hand."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, *, minutes: float = 0, hours: float = 0) -> None:
        self.now += minutes * 60 + hours * 3600


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(security.time, "time", clock)
    return clock


def test_an_idle_tablet_is_logged_out_after_fifteen_minutes(guide_client, clock) -> None:
    assert guide_client.get(PAGE).status_code == 200
    clock.advance(minutes=16)
    response = guide_client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert not get_user(guide_client).is_authenticated
    login_page = guide_client.get(response["Location"])
    assert "without activity" in login_page.text or "无操作" in login_page.text


def test_activity_keeps_the_session(guide_client, clock) -> None:
    for _ in range(4):
        clock.advance(minutes=10)
        assert guide_client.get(PAGE).status_code == 200
    assert get_user(guide_client).is_authenticated


def test_the_boards_own_refresh_does_not_count_as_activity(guide_client, clock) -> None:
    guide_client.get(PAGE)
    for _ in range(3):
        clock.advance(minutes=4)
        assert guide_client.get(PAGE, headers={"HX-Request": "true"}).status_code == 200
    clock.advance(minutes=4)
    response = guide_client.get(PAGE, headers={"HX-Request": "true", "HX-Current-URL": PAGE})
    # htmx is told to load the login page in the whole tab, not inside the board.
    assert response.status_code == 204
    assert response["HX-Redirect"].startswith("/accounts/login/?next=")
    assert not get_user(guide_client).is_authenticated


def test_the_stay_logged_in_button_counts_as_activity(guide_client, clock) -> None:
    guide_client.get(PAGE)
    clock.advance(minutes=14)
    assert guide_client.get("/accounts/session/").status_code == 204
    clock.advance(minutes=14)
    assert guide_client.get(PAGE).status_code == 200


def test_idle_time_is_configurable(guide_client, clock, settings) -> None:
    settings.SESSION_IDLE_SECONDS = 5 * 60
    guide_client.get(PAGE)
    clock.advance(minutes=6)
    assert guide_client.get(PAGE).status_code == 302


def test_no_session_outlives_one_shift_however_active(guide_client, clock) -> None:
    guide_client.get(PAGE)
    for _ in range(13):
        clock.advance(hours=1)
        guide_client.get("/accounts/session/")
    response = guide_client.get(PAGE)
    assert response.status_code == 302
    assert not get_user(guide_client).is_authenticated


def test_the_session_cookie_ends_with_the_browser(client, guide) -> None:
    from tests.hospital.factories import UserFactory

    UserFactory(username="xiaoyu", password="correct-horse-battery-1")
    client.post("/accounts/login/", {"username": "xiaoyu", "password": "correct-horse-battery-1"})
    cookie = client.cookies["sessionid"]
    assert cookie.value
    assert not cookie["expires"] and not cookie["max-age"]


def test_pages_carry_the_idle_warning_and_its_script(guide_client) -> None:
    page = guide_client.get(PAGE).text
    assert 'data-idle-seconds="' in page
    assert 'id="idle-warning"' in page
    assert re.search(r"js/idle-logout(\.[0-9a-f]{12})?\.js", page)


def test_the_login_page_has_no_idle_warning(client) -> None:
    assert "idle-logout.js" not in client.get("/accounts/login/").text
