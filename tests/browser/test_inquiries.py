"""Calls, callbacks and exit feedback as a new guide would try them on a tablet.

A phone inquiry transferred to a department; a missed call that shows up as a callback and is
done; a walk-in whose phone asked yesterday shows in the end-of-day summary; a leaving visitor
gives feedback with one low dimension. The satisfaction report that flags it is server output,
checked by tests/reception/test_satisfaction.py.
"""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from hospital.models import Department
from reception.models import Feedback, Inquiry, Visit
from tests.reception.factories import InquiryFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_guide_works_calls_callbacks_summary_and_feedback(login, live_server, guide, desk) -> None:
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
    expect(page.locator(".alert-success")).to_contain_text("Saved")
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

    # Yesterday someone asked by phone; today they walk in, and the summary matches them.
    InquiryFactory(
        desk=desk,
        recorded_by=guide,
        phone="+8613712345678",
        question="Can I see cardiology tomorrow?",
        received_at=timezone.now() - dt.timedelta(days=1),
    )
    page.goto(f"{base}/reception/walk-in/")
    # The phone looks the visitor up as it is typed; let that answer come before saving, or the
    # save's write meets the lookup's read on SQLite's shared cache ("table is locked").
    with page.expect_response(lambda response: "/walk-in/returning/" in response.url):
        page.fill("#id_phone", "13712345678")
    page.fill("#id_chief_complaint", "palpitations for two days")
    page.click("#save-walkin")
    page.wait_for_url("**/triage/visits/*/route/")
    visit = Visit.objects.get(visitor__phone="+8613712345678")
    page.goto(f"{base}/reception/inquiries/")
    page.get_by_role("link", name="End-of-day summary").first.click()
    expect(page.locator("#summary-matched")).to_contain_text("137****5678")

    # The visitor leaves: five faces per question, one of them low.
    page.goto(f"{base}/reception/feedback/new/?visit={visit.pk}")
    for name in ("care", "attitude", "environment", "ethos", "recommend"):
        page.click(f"label[for=id_{name}_4]")  # Excellent
    page.click("label[for=id_fees_1]")  # Poor
    page.fill("#id_comment", "The fees were not explained.")
    page.click("#send-feedback")
    expect(page.locator("h1")).to_contain_text("Thank you")
    feedback = Feedback.objects.get()
    assert feedback.visit == visit and feedback.fees == 25 and feedback.care == 100
    # "Complain about this" opens the complaints intake with the feedback carried over.
    complain = page.locator("#complain")
    expect(complain).to_have_attribute("href", f"/complaints/new/?feedback={feedback.pk}")
    complain.click()
    expect(page.locator("main")).to_contain_text("The fees were not explained.")
