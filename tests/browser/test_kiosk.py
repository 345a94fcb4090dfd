"""The exit survey handed to a visitor: a page with no staff link that will not let them leave."""

import pytest
from playwright.sync_api import expect

from hospital.models import Department
from reception.models import Feedback
from tests.browser.test_a11y import AXE, BLOCKING, MIN_TARGET, TARGETS_JS, _axe
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_kiosk_survey_shows_no_staff_link_and_cannot_leave_without_the_password(
    login, live_server, guide, desk
) -> None:
    gi = Department.objects.get(code="GI")
    visit = VisitFactory(desk=desk, destination=gi, status="handed_off")
    base = live_server.url
    page = login("guide", language="zh-hans", to=f"/reception/feedback/new/?visit={visit.pk}")
    page.click("#kiosk-start-submit")
    page.wait_for_url(f"{base}/reception/kiosk/feedback/")

    # No staff navigation, no link anywhere but the kiosk's own forms.
    assert page.locator("nav, .fd-nav, .fd-header").count() == 0
    assert page.locator("a[href]").count() == 0
    expect(page.locator("#id_department")).to_have_value(str(gi.pk))
    expect(page.get_by_text(visit.visitor.name)).to_have_count(0)
    if AXE.exists():
        # The visitor's page passes the same accessibility gate as the staff's.
        blocking = [v for v in _axe(page) if v["impact"] in BLOCKING]
        assert not blocking, blocking
        assert not page.evaluate(TARGETS_JS, MIN_TARGET)

    # The visitor reads it in their own language.
    page.get_by_role("button", name="English").click()
    expect(page.locator("h1")).to_have_text("How was your visit today?")

    # Typing a staff address, or going back, lands on the survey again.
    page.goto(f"{base}/reception/")
    assert page.url == f"{base}/reception/kiosk/feedback/"
    page.go_back()
    page.goto(f"{base}/complaints/")
    assert page.url == f"{base}/reception/kiosk/feedback/"

    for name in ("care", "attitude", "fees", "environment", "ethos", "recommend"):
        page.locator(f"#group-{name} label.btn").last.click()
    page.click("#send-feedback")
    expect(page.locator("#kiosk-thanks")).to_be_visible()
    assert Feedback.objects.get().visit == visit

    page.locator("#kiosk-unlock summary").click()
    page.fill("#id_password", "not-my-password")
    page.click("#kiosk-unlock-submit")
    expect(page.locator("#kiosk-unlock")).to_contain_text("not the password")
    page.goto(f"{base}/reception/")
    assert page.url == f"{base}/reception/kiosk/thanks/"

    page.locator("#kiosk-unlock summary").click()
    page.fill("#id_password", "pass-for-tests-1")
    page.click("#kiosk-unlock-submit")
    # Back on the staff screen (the feedback's thanks page, which offers a complaint), in
    # the guide's own language again.
    page.wait_for_url(lambda url: "/kiosk/" not in url)
    expect(page.locator(".fd-nav")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "zh-hans"
