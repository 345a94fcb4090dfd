"""An escalation on tablet 1 rings on tablet 2 until someone acknowledges it.

The bell polls every ALERTS_BELL_POLL_SECONDS (4 s) and promises to show a new alert within that
and one second more (5 s). The tablets' time stands still on Playwright's clock and the test moves
it on by the promise instead of waiting it out: a bell that polled less often than it promises
would not ask, and the test would fail.
"""

import datetime as dt

import pytest
from django.conf import settings
from django.urls import reverse
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.browser.conftest import session_cookies, watch_for_errors
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


def _bell_promise_ms() -> int:
    """Return how long the bell may take to show a new alert: its poll interval and a second."""
    return (settings.ALERTS_BELL_POLL_SECONDS + 1) * 1000


def _stop_the_clock(context: BrowserContext) -> None:
    """Let time pass on the context's pages only when the test moves it on."""
    context.clock.install()
    context.clock.pause_at(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))


def _next_poll(page: Page) -> None:
    """Move the tablet's clock on by the bell's promise; return once the poll it made is
    answered. The bell sets its next poll once it has dealt with an answer: the caller has seen
    that happen (a change the answer made) first."""
    poll = reverse("alerts:poll")
    with page.expect_response(lambda response: response.url.endswith(poll), timeout=10_000):
        page.clock.run_for(_bell_promise_ms())


def test_an_escalation_on_one_tablet_rings_on_the_other_until_acknowledged(
    live_server, browser: Browser, browser_context_args, page: Page, desk, guide, second_guide
):
    base = live_server.url
    visit = VisitFactory(desk=desk, logged_by=guide, chief_complaint="胸口痛，出冷汗")
    # Both sessions before any page polls: logging in writes the session and the user, which
    # every request reads (SQLite's shared in-memory database may refuse the write: "locked").
    cookies_1 = session_cookies(base, "guide", "en")
    cookies_2 = session_cookies(base, "guide2", "en")
    other = browser.new_context(**browser_context_args)
    errors = watch_for_errors(other)
    other.add_init_script(COUNT_PLAYS)
    _stop_the_clock(other)
    other.add_cookies(cookies_2)
    tablet_2 = other.new_page()
    tablet_2.goto(f"{base}{reverse('alerts:list')}")
    expect(tablet_2.locator("#fd-bell-count")).to_be_hidden()
    # The bell has dealt with its first answer, and so waits for the next poll's time.
    expect(tablet_2.locator("#fd-alerts")).to_have_attribute("data-ringing", "0")

    _stop_the_clock(page.context)
    page.context.add_cookies(cookies_1)
    page.goto(f"{base}{reverse('triage:escalate', args=[visit.pk])}")
    page.click("#confirm-escalation")
    page.wait_for_url(lambda url: "/triage/escalations/" in url)

    # Within the time the bell promises, tablet 2 shows the banner and rings, and keeps ringing.
    _next_poll(tablet_2)
    banner = tablet_2.locator("#fd-alert-banner [data-urgent]")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("Escalation opened")
    expect(tablet_2.locator("#fd-bell-count")).to_have_text("1")
    expect(tablet_2.locator("#fd-alerts")).to_have_attribute("data-ringing", "1")
    assert tablet_2.evaluate("window.__plays") >= 1
    # The next poll's answer rings again: the mark is taken away and must come back.
    tablet_2.evaluate("document.getElementById('fd-alerts').removeAttribute('data-ringing')")
    _next_poll(tablet_2)
    expect(tablet_2.locator("#fd-alerts")).to_have_attribute("data-ringing", "1")
    # The tablet that escalated has it too (the whole desk team): its page opened after the
    # escalation, and the bell asks as a page loads.
    expect(page.locator("#fd-alert-banner [data-urgent]")).to_be_visible()

    tablet_2.locator("#fd-alert-banner button", has_text="Acknowledge").click()
    expect(banner).to_be_hidden()
    expect(tablet_2.locator("#fd-alerts")).to_have_attribute("data-ringing", "0")
    expect(tablet_2.locator("#fd-bell-count")).to_be_hidden()
    # One tap acknowledges for the desk: tablet 1 stops ringing at its next poll.
    _next_poll(page)
    expect(page.locator("#fd-alert-banner [data-urgent]")).to_be_hidden()
    other.close()
    assert not errors, "\n".join(errors)
