"""An escalation on tablet 1 rings on tablet 2 until someone acknowledges it."""

import pytest
from django.urls import reverse
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import watch_for_errors
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db(transaction=True)

# Count the bell's attempts to play its sound (a headless browser may refuse to play it).
COUNT_PLAYS = """
window.__plays = 0;
const play = HTMLMediaElement.prototype.play;
HTMLMediaElement.prototype.play = function () {
  window.__plays += 1;
  return play.call(this).catch(() => undefined);
};
"""


def _log_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/?language=en")
    page.fill("#id_username", username)
    page.fill("#id_password", "pass-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_an_escalation_on_one_tablet_rings_on_the_other_until_acknowledged(
    live_server, browser: Browser, browser_context_args, page: Page, desk, guide, second_guide
):
    visit = VisitFactory(desk=desk, logged_by=guide, chief_complaint="胸口痛，出冷汗")
    other = browser.new_context(**browser_context_args)
    errors = watch_for_errors(other)
    other.add_init_script(COUNT_PLAYS)
    tablet_2 = other.new_page()
    _log_in(tablet_2, live_server.url, "guide2")
    tablet_2.goto(f"{live_server.url}{reverse('alerts:list')}")
    expect(tablet_2.locator("#fd-bell-count")).to_be_hidden()

    _log_in(page, live_server.url, "guide")
    page.goto(f"{live_server.url}{reverse('triage:escalate', args=[visit.pk])}")
    page.click("#confirm-escalation")
    page.wait_for_url(lambda url: "/triage/escalations/" in url)

    # Within the 5 s the bell promises, tablet 2 shows the banner and rings, and keeps ringing.
    banner = tablet_2.locator("#fd-alert-banner [data-urgent]")
    expect(banner).to_be_visible(timeout=5500)
    expect(banner).to_contain_text("Escalation opened")
    expect(tablet_2.locator("#fd-bell-count")).to_have_text("1")
    expect(tablet_2.locator("#fd-alerts")).to_have_attribute("data-ringing", "1")
    assert tablet_2.evaluate("window.__plays") >= 1
    tablet_2.wait_for_timeout(4500)
    expect(tablet_2.locator("#fd-alerts")).to_have_attribute("data-ringing", "1")
    # The tablet that escalated has it too (the whole desk team).
    expect(page.locator("#fd-alert-banner [data-urgent]")).to_be_visible(timeout=5500)

    tablet_2.locator("#fd-alert-banner button", has_text="Acknowledge").click()
    expect(banner).to_be_hidden()
    expect(tablet_2.locator("#fd-alerts")).to_have_attribute("data-ringing", "0")
    expect(tablet_2.locator("#fd-bell-count")).to_be_hidden()
    # One tap acknowledges for the desk: tablet 1 stops ringing at its next poll.
    expect(page.locator("#fd-alert-banner [data-urgent]")).to_be_hidden(timeout=5500)
    other.close()
    assert not errors, "\n".join(errors)
