"""In the browser: no page breaks the Content-Security-Policy, and an idle tablet is warned."""

import datetime as dt

import pytest
from django.urls import reverse
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def _csp_violations(page) -> list[str]:
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            or "Content-Security-Policy" in message.text
            else None
        ),
    )
    return violations


def test_staff_pages_and_the_admin_run_without_a_csp_violation(
    login, live_server, page, administrator
) -> None:
    violations = _csp_violations(page)
    # Logged in by the session cookie: the login form has its own test (test_login.py).
    for i, path in enumerate(
        [
            "/",
            "/accounts/password/",
            "/admin/",
            "/admin/auth/user/",
            f"/admin/auth/user/{administrator.pk}/change/",
            f"/admin/auth/user/{administrator.pk}/history/",
            "/admin/hospital/accesslog/",
        ]
    ):
        if i == 0:
            login(administrator.username, language="en", to=path)
        else:
            page.goto(f"{live_server.url}{path}")
        # What a page does after it has loaded: the bell's first poll fills the banner.
        page.wait_for_function(
            """(poll) => !document.getElementById('fd-alerts')
              || performance.getEntriesByType('resource').some(r => r.name.endsWith(poll))""",
            arg=reverse("alerts:poll"),
        )
    assert violations == []


def test_an_idle_tablet_is_warned_before_it_is_logged_out(
    login, live_server, page, guide, settings
) -> None:
    # The tablet's time stands still on Playwright's clock, and the test moves it on: the
    # warning a minute before the idle limit is seen without waiting for it.
    page.clock.install()
    page.clock.pause_at(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
    violations = _csp_violations(page)
    login("guide", language="en", to="/accounts/password/")

    # The page counts from the seconds the server says the session has left (the 15 minutes,
    # less the moments since the home page was opened).
    left = int(page.locator("body").get_attribute("data-idle-seconds") or 0)
    assert settings.SESSION_IDLE_SECONDS - 60 < left <= settings.SESSION_IDLE_SECONDS
    warning = page.locator("#idle-warning")
    page.clock.fast_forward((left - 61) * 1000)
    expect(warning).to_be_hidden()
    page.clock.fast_forward(2000)
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("You will be logged out in a minute")
    warning.get_by_role("button").click()
    expect(warning).to_be_hidden()
    assert violations == []
