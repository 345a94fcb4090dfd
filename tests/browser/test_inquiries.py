"""Calls and callbacks as a new guide would try them on a tablet.

A phone inquiry transferred to a department; a missed call that shows up as a callback and is
done; a walk-in whose phone is looked up as it is typed. The end-of-day summary, the exit
feedback and the satisfaction report are server output and plain forms, checked without a
browser (tests/reception/test_summary.py, test_feedback_on_the_page.py, test_satisfaction.py).
"""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from hospital.models import Department
from reception.models import Inquiry, Visit
from tests.reception.factories import InquiryFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_guide_works_calls_callbacks_and_a_returning_walk_in(
    login, live_server, guide, desk
) -> None:
    # Yesterday someone asked by phone. Made before any page opens: on SQLite's shared in-memory
    # database a write from this thread while the live server reads (the bell polls every page)
    # can fail with "table is locked".
    InquiryFactory(
        desk=desk,
        recorded_by=guide,
        phone="+8613712345678",
        question="Can I see cardiology tomorrow?",
        received_at=timezone.now() - dt.timedelta(days=1),
    )
    page = login("guide", language="en", to="/reception/inquiries/")
    base = live_server.url

    # A phone inquiry the guide cannot answer goes to gastroenterology.
    page.click("#new-phone_in")
    page.fill("#id_phone", "138 0013 8000")
    page.click("label[for=id_topic_1]")  # Doctor
    page.fill("#id_question", "Which day does Dr Zhang see patients?")
    page.click("label[for=id_outcome_1]")  # Transferred to a department
    gi = Department.objects.get(code="GI")
    page.select_option("#id_transferred_to", str(gi.pk))
    page.fill("#id_transferred_to_person", "Nurse Li")
    page.click("#save-inquiry")
    # "Inquiry saved." in working hours, "Saved outside working hours: …" at night or on a day off:
    # the test runs at any hour.
    expect(page.locator(".alert-success")).to_contain_text(re.compile(r"\bsaved\b", re.I))
    expect(page.locator("#inquiries")).to_contain_text(gi.name_en)
    transferred = Inquiry.objects.get(outcome=Inquiry.Outcome.TRANSFERRED)
    assert transferred.transferred_to == gi and transferred.transferred_to_person == "Nurse Li"

    # A missed call becomes a callback by itself; the guide rings back and marks it done.
    page.click("#new-missed")
    expect(page.locator("#id_question")).to_be_hidden()
    page.fill("#id_phone", "13900001111")
    page.click("#save-inquiry")
    expect(page.locator(".alert-success")).to_contain_text("callbacks list")
    missed = Inquiry.objects.get(channel=Inquiry.Channel.MISSED)
    page.goto(f"{base}/reception/callbacks/")
    row = page.locator(f"#callback-{missed.pk}")
    expect(row).to_contain_text("139****1111")
    row.locator("textarea").fill("Called back: wanted the fever clinic's hours; told them.")
    row.locator("button[type=submit]").click()
    expect(page.locator(f"#callback-{missed.pk} .badge.text-bg-success")).to_contain_text("Done")
    expect(page.locator(f"#callback-{missed.pk} textarea")).to_have_count(0)
    missed.refresh_from_db()
    assert missed.callback_done_at is not None and missed.callback_done_by == guide

    # Yesterday's caller (made at the start) walks in today, their phone looked up as typed.
    page.goto(f"{base}/reception/walk-in/")
    # The phone looks the visitor up as it is typed; let that answer come before saving, or the
    # save's write meets the lookup's read on SQLite's shared cache ("table is locked").
    with page.expect_response(lambda response: "/walk-in/returning/" in response.url):
        page.fill("#id_phone", "13712345678")
    page.fill("#id_chief_complaint", "palpitations for two days")
    page.click("#save-walkin")
    page.wait_for_url("**/triage/visits/*/route/")
    Visit.objects.get(visitor__phone="+8613712345678")
    # The end-of-day summary that matches them, the exit feedback and the complaint it leads to
    # are server output and plain forms: tests/reception/test_summary.py and
    # test_feedback_on_the_page.py.
