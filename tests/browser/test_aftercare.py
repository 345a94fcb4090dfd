"""A follow-up plan as a new guide would try it: a health-check visitor gets a plan whose calls
fall on working days around a closure; the one-week call books a return visit; the visitor walks
in on that day and the end-of-day summary matches them."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from aftercare.models import FollowUpPlan, FollowUpStep
from aftercare.services.plans import step_due_on
from hospital.models import CalendarDay
from reception.models import Visit
from tests.reception.factories import VisitFactory, VisitorFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = "+8613812345678"


def test_health_check_plan_around_a_closure_books_a_return_visit_the_summary_matches(
    login, live_server, guide, desk
) -> None:
    today = timezone.localdate()
    visitor = VisitorFactory(name="Ms Wang", phone=PHONE)
    visit = VisitFactory(
        visitor=visitor,
        desk=desk,
        logged_by=guide,
        purpose=Visit.Purpose.EXAMINATION,
        arrived_at=timezone.now() - dt.timedelta(minutes=30),
    )
    # The plan counts from the day of the visit: yesterday when the suite runs just after midnight.
    visit_day = timezone.localdate(visit.arrived_at)
    # The hospital closes on the day the one-week call would fall: it moves to the next working day.
    closed = step_due_on(visit_day, 7)
    CalendarDay.objects.create(date=closed, kind=CalendarDay.Kind.CLOSURE, note="院庆")
    week_due = step_due_on(visit_day, 7)
    assert week_due > closed

    page = login("guide", language="en", to=visit.get_absolute_url())
    base = live_server.url
    page.click("#start-plan")
    expect(page.locator("#id_phone")).to_have_value(PHONE)
    page.click("label:has-text('After a health check')")
    page.click("#start-plan-submit")
    expect(page.locator(".alert-success")).to_contain_text("Plan started")

    plan = FollowUpPlan.objects.get()
    steps = list(plan.steps.order_by("number"))
    assert [s.due_on for s in steps[:3]] == [
        week_due,
        step_due_on(visit_day, 30),
        step_due_on(visit_day, 90),
    ]
    for step in steps[:3]:
        expect(page.locator(f"#step-{step.number} .step-due")).to_contain_text(
            step.due_on.isoformat()
        )

    # The one-week call: reached, satisfied, wants a return visit today.
    week = steps[0]
    row = page.locator(f"#step-{week.number}")
    row.locator("summary").click()
    row.locator(f"label[for=id_s{week.pk}-result_0]").click()  # Reached
    row.locator(f"label[for=id_s{week.pk}-satisfaction_1]").click()  # Satisfied
    row.locator(f"#id_s{week.pk}-needs_return_visit").check()
    row.locator(f"#id_s{week.pk}-return_visit_on").fill(today.isoformat())
    row.locator("button[type=submit]").click()
    expect(page.locator(".alert-success")).to_contain_text("Call recorded")
    week.refresh_from_db()
    assert week.status == FollowUpStep.Status.DONE and week.return_inquiry is not None

    # The visitor comes back later today; the summary matches the arrival to the booked visit.
    VisitFactory(visitor=visitor, desk=desk, logged_by=guide, arrived_at=timezone.now())
    page.goto(f"{base}/reception/summary/")
    expect(page.locator("#summary-return-came")).to_have_text("1")
    expect(page.locator("#summary-matched")).to_contain_text("Ms Wang")
