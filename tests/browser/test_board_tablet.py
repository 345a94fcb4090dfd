"""The board on a tablet: dense at 1024×768, cards at 768×1024, no sideways scroll, in three
languages; a red-flag suggestion accepted opens the escalation; Left asks and can be undone."""

import datetime as dt
import os
import re
from unittest import mock

import pytest
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import Page, expect

from reception.models import Urgency, Visit
from tests.reception.factories import VisitFactory, VisitorFactory
from triage.models import Escalation

pytestmark = pytest.mark.django_db(transaction=True)

LANDSCAPE = {"width": 1024, "height": 768}
PORTRAIT = {"width": 768, "height": 1024}
SHOTS = os.environ.get("BOARD_SHOTS", "")


@pytest.fixture(autouse=True)
def _routing_rules_fresh(settings) -> None:
    settings.ROUTING_REVISION_CHECK_SECONDS = 0


@pytest.fixture
def busy_hall(desk, guide) -> list[Visit]:
    """Fourteen open visits of every urgency, long complaints, some priority, some flagged."""
    now = timezone.now()
    levels = [Urgency.I, Urgency.II, Urgency.III, Urgency.IV]
    visits = []
    for i in range(14):
        visitor = VisitorFactory(
            name="" if i % 5 == 0 else f"访客{i:02d}号",
            needs=["elderly"] if i % 4 == 0 else [],
        )
        visits.append(
            VisitFactory(
                desk=desk,
                logged_by=guide,
                visitor=visitor,
                urgency=levels[i % 4],
                is_priority=i % 4 == 0,
                arrived_at=now - dt.timedelta(minutes=3 + i * 7),
                chief_complaint="胃疼两天，饭后加重，伴有反酸烧心，夜里睡不着，吃了药也不见好" * 2,
            )
        )
    return visits


def _no_sideways_scroll(page: Page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def _rows_in_view(page: Page) -> int:
    return page.evaluate(
        """() => [...document.querySelectorAll('#board-rows tr[data-status]')]
              .filter(r => { const b = r.getBoundingClientRect();
                             return b.height > 0 && b.bottom <= window.innerHeight; }).length"""
    )


def _shot(page: Page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"))


def test_ten_rows_fit_in_landscape_and_rows_become_cards_in_portrait_without_sideways_scroll(
    login, live_server, busy_hall
) -> None:
    # One session; the language changes by its cookie, as the header's switcher sets it (a new
    # login here would write the session and the user while the board polls them, which SQLite's
    # shared in-memory database may refuse: "table is locked").
    page = login("guide", language="zh-hans")
    home = page.url
    for language in ("zh-hans", "en", "zh-hant"):
        # The tablet opens in landscape (the context's viewport) on the guide's home, the board.
        if language != "zh-hans":
            page.context.add_cookies(
                [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
            )
            page.goto(home)
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert page.viewport_size == LANDSCAPE
        expect(page.locator("#board-rows tr[data-status]")).to_have_count(14)
        _shot(page, f"board-1024x768-{language}")
        assert _rows_in_view(page) >= 10, language
        assert _no_sideways_scroll(page), language

        page.set_viewport_size(PORTRAIT)
        page.reload()
        first = page.locator("#board-rows tr[data-status]").first
        expect(first).to_be_visible()
        assert first.evaluate("r => getComputedStyle(r).display") == "grid", language
        assert _no_sideways_scroll(page), language
        box = first.locator(".fd-next").bounding_box()
        assert box and box["x"] + box["width"] <= PORTRAIT["width"], language
        _shot(page, f"board-768x1024-{language}")
        page.set_viewport_size(LANDSCAPE)


def test_the_walkin_screen_in_zh_hant_has_no_sideways_scroll(login, desk, guide) -> None:
    page = login("guide", language="zh-hant")  # on the home page, in landscape
    home = page.url
    for size in (LANDSCAPE, PORTRAIT):
        if size is PORTRAIT:
            page.set_viewport_size(size)
            page.goto(home)
        page.click("#new-walkin")
        expect(page.locator("#id_chief_complaint")).to_be_visible()
        assert _no_sideways_scroll(page), size


# One language and size per test, the other pair in the other test: both languages and both
# sizes are covered without the four combinations of each.
@pytest.mark.parametrize(("language", "size"), [("zh-hans", LANDSCAPE), ("en", PORTRAIT)])
def test_accepting_a_red_flag_suggestion_starts_the_escalation(
    login, page, desk, guide, language, size
) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide, chief_complaint="胸口压榨样疼痛，出冷汗")
    page.set_viewport_size(size)
    login("guide", language=language, to=f"/triage/visits/{visit.pk}/route/")
    expect(page.locator("#emergency-alert")).to_be_visible()
    page.locator("#suggestions button[data-opens=escalation]").first.click()
    page.wait_for_url(re.compile(r"/triage/escalations/\d+/$"))
    escalation = Escalation.objects.get(visit=visit)
    assert escalation.closed_at is None
    assert Visit.objects.get(pk=visit.pk).status == Visit.Status.ESCALATED
    expect(page.locator("button[data-step=team_called_at]")).to_be_visible()


@pytest.mark.parametrize(("language", "size"), [("zh-hans", PORTRAIT), ("en", LANDSCAPE)])
def test_left_asks_once_and_can_be_undone(login, page, desk, guide, language, size) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide)
    page.set_viewport_size(size)
    login("guide", language=language)  # the board, at that size
    row = page.locator(f"#visit-{visit.pk}")
    row.locator(".fd-more").click()
    expect(page.locator("#board-sheet #board-menu")).to_be_visible()
    page.click("#menu-left")
    expect(page.locator("#confirm-sheet")).to_be_visible()
    assert Visit.objects.get(pk=visit.pk).status == Visit.Status.WAITING  # asking changed nothing
    if size is PORTRAIT:
        _shot(page, f"board-confirm-768x1024-{language}")
    page.click("#confirm-yes")
    expect(page.locator(f"#visit-{visit.pk}")).to_have_count(0)
    assert Visit.objects.get(pk=visit.pk).status == Visit.Status.LEFT
    page.locator("#undo-strip .fd-undo").first.click()
    expect(page.locator(f"#visit-{visit.pk}")).to_be_visible()
    assert Visit.objects.get(pk=visit.pk).status == Visit.Status.WAITING


def test_a_visit_from_2355_is_still_on_the_board_at_0005(login, desk, guide) -> None:
    # The night shift: local midnight passes with the visitor still waiting. The clock is frozen
    # for the live server too (it serves from a thread of this process).
    def local(*args: int) -> dt.datetime:
        return timezone.make_aware(dt.datetime(*args))

    late = VisitFactory(
        desk=desk,
        logged_by=guide,
        visitor=VisitorFactory(name="夜班访客"),
        arrived_at=local(2026, 3, 1, 23, 55),
    )
    with mock.patch("django.utils.timezone.now", return_value=local(2026, 3, 2, 0, 5)):
        page = login("guide")  # the board, in landscape
        for size in (LANDSCAPE, PORTRAIT):
            if size is PORTRAIT:
                page.set_viewport_size(size)
                page.reload()
            row = page.locator(f"#visit-{late.pk}")
            expect(row).to_be_visible()
            expect(row).to_contain_text("夜班访客")
            # Ten minutes waited, across midnight.
            expect(row.locator(".fd-waited")).to_have_text(re.compile(r"^\s*10\s*分钟\s*$"))
