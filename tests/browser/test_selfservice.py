"""The QR pages on a visitor's own phone (390×844): a complaint's progress and the exit survey."""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, expect

from complaints.models import ComplaintEntry
from reception.models import FEEDBACK_DIMENSIONS, Feedback
from selfservice import services
from tests.browser.conftest import watch_for_errors
from tests.browser.test_a11y import AXE, BLOCKING, MIN_TARGET, TARGETS_JS, _axe
from tests.complaints.factories import ComplaintEntryFactory, ComplaintFactory
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}


@pytest.fixture
def phones(browser: Browser) -> Iterator:
    """Return a function that opens a new phone (its own cookies); every one is checked for errors."""
    opened: list[tuple[BrowserContext, list[str]]] = []

    def _open() -> BrowserContext:
        context = browser.new_context(**PHONE)
        opened.append((context, watch_for_errors(context)))
        return context

    yield _open
    for context, errors in opened:
        context.close()
        assert not errors, "the phone saw errors:\n" + "\n".join(errors)


def _accessible(page) -> None:
    if AXE.exists():
        blocking = [v for v in _axe(page) if v["impact"] in BLOCKING]
        assert not blocking, blocking
    assert not page.evaluate(TARGETS_JS, MIN_TARGET)


def test_a_complainant_scans_the_slip_and_sees_the_status(live_server, phones, guide, desk) -> None:
    complaint = ComplaintFactory(desk=desk, received_by=guide, contact="13812345678")
    ComplaintEntryFactory(
        complaint=complaint, kind=ComplaintEntry.Kind.INTERNAL, text="内部备注勿外传"
    )
    ComplaintEntryFactory(
        complaint=complaint, kind=ComplaintEntry.Kind.TOLD, text="已电话告知处理进度"
    )
    link = services.complaint_link(complaint=complaint, by=guide)
    assert link is not None
    url = f"{live_server.url}/s/c/{link.token}/"

    page = phones().new_page()
    page.goto(url)
    assert page.locator("nav a[href]").count() == 3  # the three languages, nothing of the staff's
    _accessible(page)
    page.fill("#id_reference", complaint.reference)
    page.fill("#id_digits", "5678")
    page.click("#ss-show")
    expect(page.locator("#ss-status")).to_be_visible()
    expect(page.locator("#ss-told")).to_contain_text("已电话告知处理进度")
    expect(page.get_by_text("内部备注勿外传")).to_have_count(0)
    _accessible(page)
    page.click("#ss-languages a[lang=en]")
    expect(page.locator("h1")).to_contain_text("Your complaint")
    # Ten wrong guesses lock the form: server output, tests/selfservice/test_lock_on_the_page.py.


def test_a_visitor_answers_the_survey_once_and_a_second_phone_is_refused(
    live_server, phones, guide, desk
) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide)
    link = services.survey_link(visit=visit, by=guide)
    assert link is not None
    url = f"{live_server.url}/s/v/{link.token}/"

    first, second = phones().new_page(), phones().new_page()
    second.goto(url)  # opened on the second phone too, before the first answers
    first.goto(url)
    first.click("#ss-languages a[lang=en]")
    expect(first.locator("h1")).to_have_text("How was your visit today?")
    _accessible(first)
    for name in FEEDBACK_DIMENSIONS:
        first.locator(f"label[for=id_{name}_3]").click()
    first.click("#ss-send")
    expect(first.locator("#ss-thanks")).to_be_visible()

    for name in FEEDBACK_DIMENSIONS:
        second.locator(f"label[for=id_{name}_0]").click()
    second.click("#ss-send")
    expect(second.locator("#ss-thanks")).to_be_visible()
    assert Feedback.objects.count() == 1
    feedback = Feedback.objects.get()
    assert feedback.channel == Feedback.Channel.MOBILE and feedback.care == 75
