"""The hall with a tablet and a TV: walk-ins get A-numbers in order; Call next on the board
shows the number and room on the display within 2 seconds (a second browser context).

The TV's time stands still on Playwright's clock and the test moves it on by the 2 seconds
instead of waiting for the display's poll: a display that polled less often would not ask in
that time, and the test would fail.
"""

import datetime as dt
import re

import pytest
from django.urls import reverse
from playwright.sync_api import BrowserContext, Page, Response, expect

from hall.services import display_token
from hospital.models import Department
from reception.models import Visit
from reception.services.visits import visit_transition
from tests.browser.conftest import watch_for_errors
from tests.browser.test_a11y import AXE, _axe
from tests.hall.factories import DisplayFactory

pytestmark = pytest.mark.django_db(transaction=True)

ROUTE_URL = re.compile(r"/triage/visits/(\d+)/route/$")


def _stop_the_clock(context: BrowserContext) -> None:
    """Let time pass on the context's pages only when the test moves it on."""
    context.clock.install()
    context.clock.pause_at(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))


def _log_walkin(page: Page, complaint: str) -> int:
    """Log a walk-in; return its id once the route page's bell has had its answer (its only
    poll: the tablet's clock stands still), so that nothing of the page reads any more."""
    page.click("#new-walkin")
    page.fill("#id_chief_complaint", complaint)
    poll = reverse("alerts:poll")

    def route_page_poll(response: Response) -> bool:
        # The board's own poll may still be answered as the route page opens.
        referer = response.request.headers.get("referer", "")
        return response.url.endswith(poll) and ROUTE_URL.search(referer) is not None

    with page.expect_response(route_page_poll):
        page.click("#save-walkin")
    page.wait_for_url(ROUTE_URL)
    return int(ROUTE_URL.search(page.url).group(1))


def test_walk_ins_get_a_numbers_and_call_next_reaches_the_display(
    login, live_server, browser, page, desk, guide
) -> None:
    # The displays are made before any page polls, and the tablet's clock stands still so that
    # its bell and board ask only as a page loads: on SQLite's shared in-memory database a write
    # from this thread while the live server reads the same table fails with "table is locked".
    display = DisplayFactory(desk=desk, show_names=False)
    light = DisplayFactory(desk=desk, show_names=False, theme=display.Theme.LIGHT)
    gi = Department.objects.get(code="GI")
    _stop_the_clock(page.context)
    tablet = login("guide")
    board = f"{live_server.url}{reverse('overview:board')}"
    numbers = []
    for complaint in ("肚子疼两天", "胃疼"):
        tablet.goto(board)
        visit_id = _log_walkin(tablet, complaint)
        numbers.append(tablet.locator("#queue-number").inner_text())
        visit_transition(visit=visit_id, to=Visit.Status.ROUTED, by=guide, destination=gi)
    assert numbers == ["A001", "A002"]

    tv_context = browser.new_context(viewport={"width": 1920, "height": 1080})
    errors = watch_for_errors(tv_context)
    _stop_the_clock(tv_context)
    tv = tv_context.new_page()
    tv.goto(f"{live_server.url}{reverse('hall:display', args=[display_token(display)])}")
    expect(tv.locator("#hall-queues")).to_contain_text("A001")
    expect(tv.locator("#hall-current .hall-number")).to_have_count(0)

    tablet.goto(board)
    expect(tablet.locator(".hall-ticket-number").first).to_be_visible()
    tablet.click("#hall-board-calls summary")
    tablet.fill("#hall-calls input[name=room]", "3诊室")
    with tablet.expect_navigation():
        tablet.click("#hall-calls .hall-call-btn")
    # Within 2 seconds of the TV's time, it has asked and shows the call.
    state = tv.locator("#hall-screen").get_attribute("data-state-url") or "?"
    with tv.expect_response(lambda response: response.url.endswith(state), timeout=10_000):
        tv.clock.run_for(2000)
    expect(tv.locator("#hall-current .hall-number")).to_have_text("A001")
    expect(tv.locator("#hall-current")).to_contain_text("3诊室")
    expect(tv.locator("#hall-queues")).not_to_contain_text("A001")
    if AXE.exists():
        # axe-core waits on timers of its own: time flows again (no writes are left to make).
        tablet.clock.resume()
        tv.clock.resume()
        pages = {"display, dark": tv, "calling panel": tablet}
        tablet.goto(f"{live_server.url}{reverse('hall:calls')}")
        problems = {
            name: [v for v in _axe(shown) if v["impact"] in ("serious", "critical")]
            for name, shown in pages.items()
        }
        tv.goto(f"{live_server.url}{reverse('hall:display', args=[display_token(light)])}")
        expect(tv.locator("#hall-current")).to_contain_text("3诊室")
        problems["display, light"] = [v for v in _axe(tv) if v["impact"] in ("serious", "critical")]
        assert not any(problems.values()), problems
    tv_context.close()
    assert not errors, "\n".join(errors)
