"""In the browser: no page breaks the Content-Security-Policy, and an idle tablet is warned."""

import pytest
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
    live_server, page, administrator
) -> None:
    violations = _csp_violations(page)
    page.goto(f"{live_server.url}/accounts/login/?language=en")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "pass-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    for path in [
        "/",
        "/accounts/password/",
        "/admin/",
        "/admin/auth/user/",
        f"/admin/auth/user/{administrator.pk}/change/",
        f"/admin/auth/user/{administrator.pk}/history/",
        "/admin/hospital/accesslog/",
    ]:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
    assert violations == []


def test_an_idle_tablet_is_warned_before_it_is_logged_out(
    live_server, page, guide, settings
) -> None:
    settings.SESSION_IDLE_SECONDS = 64  # the warning comes a minute before: after 4 s
    violations = _csp_violations(page)
    page.goto(f"{live_server.url}/accounts/login/?language=en")
    page.fill("#id_username", "guide")
    page.fill("#id_password", "pass-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(f"{live_server.url}/accounts/password/")

    warning = page.locator("#idle-warning")
    expect(warning).to_be_hidden()
    expect(warning).to_be_visible(timeout=10_000)
    expect(warning).to_contain_text("You will be logged out in a minute")
    warning.get_by_role("button").click()
    expect(warning).to_be_hidden()
    assert violations == []
