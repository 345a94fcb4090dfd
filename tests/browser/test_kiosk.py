"""The exit survey handed to a visitor: a page with no staff link that will not let them leave."""

import pytest
from playwright.sync_api import expect

from hospital.models import Department
from tests.browser.test_a11y import AXE, BLOCKING, MIN_TARGET, TARGETS_JS, _axe
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_kiosk_survey_shows_no_staff_link_and_cannot_be_left_by_address_or_back(
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

    # Sending the survey, a wrong password and the unlock are plain forms and server output:
    # tests/reception/test_kiosk_on_the_page.py and test_kiosk.py.
