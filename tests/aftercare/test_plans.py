"""Follow-up plans: working-day schedules, double taps, results, return visits, stopping."""

import datetime as dt
import uuid

import pytest
from django.core.exceptions import ValidationError

from aftercare.models import FollowUpPlan, FollowUpStep, PlanTemplate
from aftercare.services.plans import follow_up_start, follow_up_step_done, follow_up_stop
from reception.models import Inquiry
from reception.reports import daily_summary
from tests.aftercare.conftest import at
from tests.reception.factories import VisitFactory, VisitorFactory

pytestmark = pytest.mark.django_db

# National Day 2026: 1–7 October closed, Saturday 10 October a make-up working day.
BEFORE_NATIONAL_DAY = dt.date(2026, 9, 24)
PHONE = "+8613812345678"


def _start(template, desk, guide, **kwargs):
    arguments = {
        "template": template,
        "desk": desk,
        "by": guide,
        "phone": PHONE,
        "name": "王女士",
        "starts_on": BEFORE_NATIONAL_DAY,
        "now": at(BEFORE_NATIONAL_DAY),
    }
    arguments.update(kwargs)
    return follow_up_start(**arguments)


def test_shipped_templates_are_the_three_of_the_issue():
    codes = dict(PlanTemplate.objects.values_list("code", "name_en"))
    assert codes == {
        "after-visit": "After a visit",
        "health-check": "After a health check",
        "after-operation": "After an operation",
    }
    offsets = list(
        PlanTemplate.objects.get(code="health-check").steps.values_list("offset_days", flat=True)
    )
    assert offsets == [7, 30, 90, 180, 270, 360]


def test_health_check_calls_fall_on_working_days_around_national_day(health_check, desk, guide):
    plan = _start(health_check, desk, guide)
    due = list(plan.steps.order_by("number").values_list("due_on", flat=True))
    # Day 7 is 1 October, a holiday: the call moves to Thursday 8 October, the first working
    # day after the break. Day 30 is Saturday 24 October: Monday 26. Day 90 is a Wednesday.
    assert due[:3] == [dt.date(2026, 10, 8), dt.date(2026, 10, 26), dt.date(2026, 12, 23)]
    assert plan.steps.count() == 6
    assert plan.department is None and plan.status == FollowUpPlan.Status.ACTIVE


def test_a_call_on_a_make_up_working_day_stays_on_it(after_visit, desk, guide):
    # 3 October + 7 days is Saturday 10 October 2026, a make-up working day (调休).
    plan = _start(
        after_visit, desk, guide, starts_on=dt.date(2026, 10, 3), now=at(dt.date(2026, 10, 3))
    )
    assert plan.steps.get(number=1).due_on == dt.date(2026, 10, 10)


def test_the_script_is_frozen_on_the_plan_in_three_languages(health_check, desk, guide):
    plan = _start(health_check, desk, guide)
    first_template_step = health_check.steps.order_by("offset_days").first()
    first_template_step.script = "改过的话术"
    first_template_step.save()
    step = plan.steps.get(number=1)
    assert step.script.startswith("您好")
    assert step.script_zh_hant.startswith("您好") and step.script_en.startswith("Hello")


def test_a_step_due_in_the_past_is_refused_and_nothing_saved(after_visit, desk, guide):
    with pytest.raises(ValidationError) as error:
        _start(after_visit, desk, guide, starts_on=dt.date(2026, 9, 1))
    assert error.value.error_dict["starts_on"][0].code == "past"
    assert "2026-09-08" in str(error.value)
    assert not FollowUpPlan.objects.exists() and not FollowUpStep.objects.exists()


def test_a_double_tap_starts_the_plan_once(health_check, desk, guide):
    token = uuid.uuid4()
    first = _start(health_check, desk, guide, form_token=token)
    second = _start(health_check, desk, guide, form_token=token)
    assert first.pk == second.pk
    assert FollowUpPlan.objects.count() == 1 and FollowUpStep.objects.count() == 6


def test_the_same_plan_from_a_second_tablet_is_refused(health_check, desk, guide):
    _start(health_check, desk, guide, form_token=uuid.uuid4())
    with pytest.raises(ValidationError) as error:
        _start(health_check, desk, guide, form_token=uuid.uuid4())
    assert error.value.error_dict["template"][0].code == "duplicate"
    assert FollowUpPlan.objects.count() == 1


def test_a_plan_needs_a_phone(health_check, desk, guide):
    with pytest.raises(ValidationError) as error:
        _start(health_check, desk, guide, phone="")
    assert error.value.error_dict["phone"][0].code == "required"
    assert not FollowUpPlan.objects.exists()


def test_a_plan_started_from_a_visit_belongs_to_its_department(health_check, desk, guide):
    visit = VisitFactory(desk=desk, logged_by=guide, destination_id=None)
    from hospital.models import Department

    visit.destination = Department.objects.get(code="GI")
    visit.save()
    plan = _start(health_check, desk, guide, visit=visit)
    assert plan.department.code == "GI" and plan.visit == visit


def test_the_one_week_call_books_a_return_visit_that_the_summary_matches(health_check, desk, guide):
    plan = _start(health_check, desk, guide)
    week = plan.steps.get(number=1)
    call_day = week.due_on  # 8 October
    return_day = dt.date(2026, 10, 12)
    follow_up_step_done(
        step=week,
        by=guide,
        result=FollowUpStep.Result.REACHED,
        satisfaction=FollowUpStep.Satisfaction.SATISFIED,
        needs_return_visit=True,
        return_visit_on=return_day,
        note="想复查血脂",
        now=at(call_day),
    )
    week.refresh_from_db()
    assert week.status == FollowUpStep.Status.DONE and week.on_time
    expected = week.return_inquiry
    assert expected.expected_visit_on == return_day and expected.phone == PHONE
    assert expected.channel == Inquiry.Channel.PHONE_OUT

    # The visitor walks in on the day: the summary matches the arrival to the booked visit.
    visitor = VisitorFactory(phone=PHONE)
    VisitFactory(visitor=visitor, desk=desk, logged_by=guide, arrived_at=at(return_day, 9))
    summary = daily_summary(desk=desk, day=return_day)
    assert [v.visitor.phone for v in summary.matched_arrivals] == [PHONE]
    assert summary.expected_not_come == []
    figures = summary.sections[0]["aftercare"]["confirmations"]
    assert figures["return_visits"] == 1 and figures["return_visits_came"] == 1
    assert figures["no_show"] == 0


def test_a_return_visit_in_the_past_is_refused_and_nothing_saved(health_check, desk, guide):
    plan = _start(health_check, desk, guide)
    week = plan.steps.get(number=1)
    with pytest.raises(ValidationError) as error:
        follow_up_step_done(
            step=week,
            by=guide,
            result=FollowUpStep.Result.REACHED,
            satisfaction=80,
            needs_return_visit=True,
            return_visit_on=dt.date(2026, 10, 1),
            now=at(week.due_on),
        )
    assert error.value.error_dict["return_visit_on"][0].code == "past"
    week.refresh_from_db()
    assert week.status == FollowUpStep.Status.OPEN and not Inquiry.objects.exists()


def test_satisfaction_is_asked_where_the_step_asks_it(health_check, desk, guide):
    plan = _start(health_check, desk, guide)
    week = plan.steps.get(number=1)
    with pytest.raises(ValidationError) as error:
        follow_up_step_done(
            step=week, by=guide, result=FollowUpStep.Result.REACHED, now=at(week.due_on)
        )
    assert "satisfaction" in error.value.error_dict
    # Not reached: nobody could be asked.
    follow_up_step_done(
        step=week, by=guide, result=FollowUpStep.Result.NOT_REACHED, now=at(week.due_on)
    )
    week.refresh_from_db()
    assert week.result == FollowUpStep.Result.NOT_REACHED and week.satisfaction is None


def test_asked_to_stop_stops_the_plan_and_cancels_the_open_calls(health_check, desk, guide):
    plan = _start(health_check, desk, guide)
    week = plan.steps.get(number=1)
    follow_up_step_done(
        step=week, by=guide, result=FollowUpStep.Result.ASKED_TO_STOP, now=at(week.due_on)
    )
    plan.refresh_from_db()
    assert plan.status == FollowUpPlan.Status.STOPPED and plan.stop_reason
    statuses = list(plan.steps.order_by("number").values_list("status", flat=True))
    assert statuses == ["done"] + ["cancelled"] * 5
    assert all(s.cancel_reason == plan.stop_reason for s in plan.steps.filter(status="cancelled"))


def test_stopping_without_a_reason_is_refused_and_nothing_changes(health_check, desk, guide):
    plan = _start(health_check, desk, guide)
    with pytest.raises(ValidationError) as error:
        follow_up_stop(plan=plan, by=guide, reason="  ")
    assert error.value.error_dict["reason"][0].code == "required"
    plan.refresh_from_db()
    assert plan.status == FollowUpPlan.Status.ACTIVE
    assert not plan.steps.exclude(status="open").exists()


def test_stopping_cancels_open_calls_with_the_reason(health_check, desk, guide):
    plan = _start(health_check, desk, guide)
    follow_up_stop(plan=plan, by=guide, reason="家属说已转院")
    plan.refresh_from_db()
    assert plan.status == FollowUpPlan.Status.STOPPED and plan.stopped_by == guide
    assert set(plan.steps.values_list("cancel_reason", flat=True)) == {"家属说已转院"}
    with pytest.raises(ValidationError):
        follow_up_stop(plan=plan, by=guide, reason="再停一次")


def test_the_last_call_done_completes_the_plan(after_visit, desk, guide):
    plan = _start(after_visit, desk, guide)
    for step in plan.steps.order_by("number"):
        follow_up_step_done(
            step=step,
            by=guide,
            result=FollowUpStep.Result.REACHED,
            satisfaction=100,
            now=at(step.due_on),
        )
    plan.refresh_from_db()
    assert plan.status == FollowUpPlan.Status.COMPLETED and plan.ended_at is not None


def test_a_call_recorded_twice_is_refused_the_second_time(after_visit, desk, guide, second_guide):
    plan = _start(after_visit, desk, guide)
    step = plan.steps.get(number=1)
    follow_up_step_done(
        step=step,
        by=guide,
        result="reached",
        satisfaction=100,
        expected_version=1,
        now=at(step.due_on),
    )
    with pytest.raises(ValidationError):
        follow_up_step_done(
            step=step,
            by=second_guide,
            result="not_reached",
            expected_version=1,
            now=at(step.due_on),
        )
    step.refresh_from_db()
    assert step.result == "reached" and step.done_by == guide
