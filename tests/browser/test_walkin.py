"""The guide's walk-in flow on two tablets at 1024×768.

One language is enough here: the English labels are server output, checked by the client tests
(tests/reception/test_ui_flows.py).
"""

import datetime as dt
import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from handover.models import Handoff
from reception.models import Visit
from tests.browser.conftest import session_cookies

pytestmark = pytest.mark.django_db(transaction=True)

ROUTE_URL = re.compile(r"/triage/visits/(\d+)/route/$")


def _log_walkin(page: Page, complaint: str, *, need: str | None = None) -> int:
    page.click("#new-walkin")
    page.fill("#id_chief_complaint", complaint)
    page.fill("#id_age", "67")
    if need:
        page.click(f"label[for=need-{need}]")
    page.click("#save-walkin")
    page.wait_for_url(ROUTE_URL)
    return int(ROUTE_URL.search(page.url).group(1))


def _second_tablet(browser, live_server, cookies: list) -> Page:
    """Open the board on a second tablet whose time stands still until the test moves it on:
    its board refreshes when the test says a refresh interval has passed, not before."""
    context = browser.new_context(viewport={"width": 1024, "height": 768}, has_touch=True)
    context.clock.install()
    context.clock.pause_at(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
    context.add_cookies(cookies)
    tablet = context.new_page()
    tablet.goto(f"{live_server.url}{reverse('overview:board')}")
    return tablet


def test_walkin_route_escort_handoff_and_escalation_seen_on_a_second_tablet(
    login, browser, live_server, guide, second_guide, settings
) -> None:
    # The second tablet's session is made before any page opens: logging in writes the session
    # and the user, which the first tablet's polls read (on SQLite's shared in-memory database
    # a write from this thread while the live server reads can fail with "table is locked").
    second_cookies = session_cookies(live_server.url, "guide2")
    page = login("guide")
    expect(page).to_have_url(re.compile(r"/reception/$"))

    first = _log_walkin(page, "胃疼两天，饭后加重", need="elderly")
    tablet = _second_tablet(browser, live_server, second_cookies)
    expect(tablet.locator(f"#visit-{first}")).to_be_visible()
    expect(tablet.locator(f"#visit-{first} .fd-priority")).to_be_visible()

    # Accept the top suggestion: one tap (the grid of departments if the engine had nothing).
    page.locator("#suggestions button, #departments button").first.click()
    expect(page.locator("#visit-status")).to_be_visible()
    # Escort, then hand off to a named nurse.
    page.click(f"#visit-actions a[href$='/handover/visits/{first}/escort/']")
    page.click("#start-escort")
    page.click(f"#visit-actions a[href$='/handover/visits/{first}/handoff/']")
    page.click("label[for=role-nurse]")
    page.fill("#id_receiver_name", "李护士")
    page.fill("#id_receiver_title", "护士长")
    page.click("#save-handoff")
    expect(page).to_have_url(re.compile(r"/reception/$"))
    handoff = Handoff.objects.get(visit_id=first)
    assert (handoff.receiver_name, handoff.receiver_role) == ("李护士", "nurse")
    assert Visit.objects.get(pk=first).status == Visit.Status.HANDED_OFF

    # Another walk-in deteriorates: escalate it.
    second = _log_walkin(page, "头晕，站不稳")
    page.locator(f"a[href$='/triage/visits/{second}/escalate/']").first.click()
    page.fill("#id_observation", "在候诊区晕倒，面色苍白")
    page.click("#confirm-escalation")
    page.click("button[data-step=team_called_at]")
    expect(page.locator("#minutes-to-team")).to_be_visible()

    # The second tablet never reloads: once a refresh interval has passed on its clock, its
    # board has asked and shows the change.
    board = reverse("overview:board")
    with tablet.expect_response(lambda response: board in response.url, timeout=10_000):
        tablet.clock.run_for(settings.BOARD_REFRESH_SECONDS * 1000)
    expect(tablet.locator(f"#visit-{second}.fd-row-red")).to_be_visible()
    expect(tablet.locator(f"#visit-{second}")).to_contain_text("已转急诊")
    expect(tablet.locator(f"#visit-{first}")).to_have_count(0)

    # The visit page shows the timeline with the nurse's name.
    page.goto(f"{live_server.url}/reception/visits/{first}/")
    expect(page.locator("#timeline")).to_contain_text("李护士")
