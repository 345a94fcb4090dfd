"""A follow-up plan as a new guide would try it: a health-check visitor gets a plan whose calls
fall on working days around a closure; the one-week call books a return visit; the visitor walks
in on that day and the end-of-day summary matches them.

The pages' own forms, submitted as drawn (tests/page_forms.py): the plan's pages are plain forms,
nothing on them needs a browser.
"""

import datetime as dt

import pytest
from django.utils import timezone

from aftercare.models import FollowUpPlan, FollowUpStep
from aftercare.services.plans import step_due_on
from hospital.models import CalendarDay
from reception.models import Visit
from tests.page_forms import first_link_in, page_form, text_of
from tests.reception.factories import VisitFactory, VisitorFactory

pytestmark = pytest.mark.django_db

PHONE = "+8613812345678"


@pytest.fixture(autouse=True)
def _english(settings) -> None:
    settings.LANGUAGE_CODE = "en"


def test_health_check_plan_around_a_closure_books_a_return_visit_the_summary_matches(
    guide_client, guide, desk
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

    start = guide_client.get(
        first_link_in(guide_client.get(visit.get_absolute_url()), "start-plan")
    )
    form = page_form(start, "Start the plan")
    assert form.values["phone"] == [PHONE]
    started = form.tap("After a health check").submit(guide_client)
    assert "Plan started" in text_of(started, css_class="alert-success")

    plan = FollowUpPlan.objects.get()
    steps = list(plan.steps.order_by("number"))
    assert [s.due_on for s in steps[:3]] == [
        week_due,
        step_due_on(visit_day, 30),
        step_due_on(visit_day, 90),
    ]
    for step in steps[:3]:
        assert step.due_on.isoformat() in text_of(started, f"step-{step.number}")

    # The one-week call: reached, satisfied, wants a return visit today.
    week = steps[0]
    call = page_form(started, "Save the call", field=f"s{week.pk}-result")
    call.tap(element_id=f"id_s{week.pk}-result_0")  # Reached
    call.tap(element_id=f"id_s{week.pk}-satisfaction_1")  # Satisfied
    call.tap(element_id=f"id_s{week.pk}-needs_return_visit")
    call.fill(f"s{week.pk}-return_visit_on", today.isoformat())
    recorded = call.submit(guide_client)
    assert "Call recorded" in text_of(recorded, css_class="alert-success")
    week.refresh_from_db()
    assert week.status == FollowUpStep.Status.DONE and week.return_inquiry is not None

    # The visitor comes back later today; the summary matches the arrival to the booked visit.
    VisitFactory(visitor=visitor, desk=desk, logged_by=guide, arrived_at=timezone.now())
    summary = guide_client.get("/reception/summary/")
    assert text_of(summary, "summary-return-came") == "1"
    assert "Ms Wang" in text_of(summary, "summary-matched")
