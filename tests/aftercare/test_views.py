"""The aftercare pages as a guide, a manager and a supervisor use them."""

import datetime as dt
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from aftercare.models import (
    AdmissionHelp,
    Confirmation,
    DischargeSendOff,
    FollowUpPlan,
    FollowUpStep,
)
from hospital.models import Department
from reception.models import Inquiry, Visit
from tests.aftercare.factories import (
    AdmissionHelpFactory,
    DischargeSendOffFactory,
    FollowUpPlanFactory,
    FollowUpStepFactory,
)
from tests.reception.factories import InquiryFactory, VisitFactory, VisitorFactory

pytestmark = pytest.mark.django_db

PHONE = "+8613812345678"


def _english(client):
    client.cookies["django_language"] = "en"
    return client


@pytest.fixture
def gi():
    return Department.objects.get(code="GI")


@pytest.fixture
def visit(desk, guide, gi):
    visitor = VisitorFactory(name="王女士", phone=PHONE)
    return VisitFactory(visitor=visitor, desk=desk, logged_by=guide, destination=gi)


class TestStartPlan:
    def test_the_visit_page_offers_to_start_a_plan(self, guide_client, visit):
        page = guide_client.get(visit.get_absolute_url()).content.decode()
        assert f"{reverse('aftercare:plan_start')}?visit={visit.pk}" in page

    def test_the_form_is_filled_from_the_visit_and_shows_the_working_days(
        self, guide_client, visit
    ):
        response = guide_client.get(reverse("aftercare:plan_start"), {"visit": visit.pk})
        assert response.status_code == 200
        form = response.context["form"]
        assert form.initial["phone"] == PHONE and form.initial["name"] == "王女士"
        assert len(response.context["schedules"]) == 3

    def test_starting_a_plan_from_the_visit(self, guide_client, visit, health_check, gi):
        data = {
            "idempotency_key": str(uuid.uuid4()),
            "template": health_check.pk,
            "name": "王女士",
            "phone": "138 1234 5678",
            "starts_on": timezone.localdate().isoformat(),
            "language": "zh-hans",
        }
        url = f"{reverse('aftercare:plan_start')}?visit={visit.pk}"
        response = guide_client.post(url, data)
        plan = FollowUpPlan.objects.get()
        assert response.status_code == 302 and response.url == plan.get_absolute_url()
        assert plan.visit == visit and plan.department == gi and plan.phone == PHONE
        # A double tap: the same form again starts nothing more.
        assert guide_client.post(url, data).status_code == 302
        assert FollowUpPlan.objects.count() == 1 and plan.steps.count() == 6

    def test_a_day_that_puts_a_call_in_the_past_is_refused(self, guide_client, health_check):
        _english(guide_client)
        data = {
            "idempotency_key": str(uuid.uuid4()),
            "template": health_check.pk,
            "phone": PHONE,
            "starts_on": (timezone.localdate() - dt.timedelta(days=60)).isoformat(),
            "language": "en",
        }
        response = guide_client.post(reverse("aftercare:plan_start"), data)
        assert response.status_code == 200
        assert "has passed" in response.content.decode()
        assert not FollowUpPlan.objects.exists()

    @pytest.mark.parametrize("starts_on", ["9999-12-31", "0001-01-01"])
    def test_a_day_years_away_is_refused_not_a_server_error(
        self, guide_client, health_check, starts_on
    ):
        _english(guide_client)
        data = {
            "idempotency_key": str(uuid.uuid4()),
            "template": health_check.pk,
            "phone": PHONE,
            "starts_on": starts_on,
            "language": "en",
        }
        response = guide_client.post(reverse("aftercare:plan_start"), data)
        assert response.status_code == 200
        assert "within a year of today" in response.content.decode()
        assert not FollowUpPlan.objects.exists()

    def test_a_plan_from_another_desks_visit_is_not_found(self, guide_client, other_desk, guide):
        visit = VisitFactory(desk=other_desk, logged_by=guide)
        response = guide_client.get(reverse("aftercare:plan_start"), {"visit": visit.pk})
        assert response.status_code == 404

    def test_a_plan_from_an_inquiry(self, guide_client, desk, guide, after_visit):
        inquiry = InquiryFactory(desk=desk, recorded_by=guide, phone=PHONE, caller_name="李先生")
        page = guide_client.get(inquiry.get_absolute_url()).content.decode()
        assert f"{reverse('aftercare:plan_start')}?inquiry={inquiry.pk}" in page
        response = guide_client.get(reverse("aftercare:plan_start"), {"inquiry": inquiry.pk})
        assert response.context["form"].initial["name"] == "李先生"


class TestCallbacksList:
    def test_follow_up_calls_due_are_listed_with_their_script(self, guide_client, desk, guide):
        step = FollowUpStepFactory(plan=FollowUpPlanFactory(desk=desk, started_by=guide))
        later = FollowUpStepFactory(
            plan=step.plan, number=9, due_on=timezone.localdate() + dt.timedelta(days=30)
        )
        _english(guide_client)
        page = guide_client.get(reverse("reception:callback_list")).content.decode()
        assert f'id="follow-up-{step.pk}"' in page
        assert "Hello, how are you feeling now?" in page
        assert f'id="follow-up-{later.pk}"' not in page  # due in a month: not on today's list

    def test_a_list_cut_at_its_limit_says_only_the_oldest_are_shown(
        self, guide_client, desk, guide, monkeypatch
    ):
        from aftercare import hooks

        monkeypatch.setattr(hooks, "CALLS_SHOWN", 2)
        plan = FollowUpPlanFactory(desk=desk, started_by=guide)
        FollowUpStepFactory(plan=plan)
        _english(guide_client)
        page = guide_client.get(reverse("reception:callback_list")).content.decode()
        assert "Showing the oldest" not in page
        FollowUpStepFactory(plan=plan)
        page = guide_client.get(reverse("reception:callback_list")).content.decode()
        assert page.count("Showing the oldest 2.") == 1  # the follow-up calls, not the others

    def test_recording_a_call_from_the_list(self, guide_client, desk, guide):
        step = FollowUpStepFactory(plan=FollowUpPlanFactory(desk=desk, started_by=guide))
        data = {f"s{step.pk}-{k}": v for k, v in {"version": 1, "result": "not_reached"}.items()}
        response = guide_client.post(
            reverse("aftercare:step_done", args=[step.pk]), {**data, "next": "callbacks"}
        )
        assert response.status_code == 302 and response.url == reverse("reception:callback_list")
        step.refresh_from_db()
        assert step.status == FollowUpStep.Status.DONE and step.done_by == guide

    def test_a_call_without_a_result_is_refused_and_nothing_saved(self, guide_client, desk, guide):
        step = FollowUpStepFactory(plan=FollowUpPlanFactory(desk=desk, started_by=guide))
        _english(guide_client)
        response = guide_client.post(
            reverse("aftercare:step_done", args=[step.pk]), {f"s{step.pk}-version": 1}
        )
        assert response.status_code == 422
        assert "Tap what came of the call" in response.content.decode()
        step.refresh_from_db()
        assert step.status == FollowUpStep.Status.OPEN

    def test_an_expected_visit_gets_its_confirmation_call_the_working_day_before(
        self, guide_client, desk, guide
    ):
        from aftercare.services.confirmations import confirmation_call_day

        today = timezone.localdate()
        tomorrow = today + dt.timedelta(days=1)
        inquiry = InquiryFactory(
            desk=desk,
            recorded_by=guide,
            phone=PHONE,
            received_at=timezone.now() - dt.timedelta(days=5),
            expected_visit_on=tomorrow,
        )
        page = guide_client.get(reverse("reception:callback_list")).content.decode()
        listed = f'id="confirmation-{inquiry.pk}"' in page
        assert listed == (confirmation_call_day(tomorrow) <= today)


class TestConfirmations:
    def _expected(self, desk, guide, day):
        return InquiryFactory(
            desk=desk,
            recorded_by=guide,
            phone=PHONE,
            received_at=timezone.now() - dt.timedelta(days=5),
            expected_visit_on=day,
        )

    def test_changed_books_the_new_day_as_an_expected_visit(self, guide_client, desk, guide):
        today = timezone.localdate()
        inquiry = self._expected(desk, guide, today + dt.timedelta(days=1))
        new_day = today + dt.timedelta(days=8)
        response = guide_client.post(
            reverse("aftercare:confirmation_done", args=[inquiry.pk]),
            {f"c{inquiry.pk}-result": "changed", f"c{inquiry.pk}-new_date": new_day.isoformat()},
        )
        assert response.status_code == 302
        confirmation = Confirmation.objects.get()
        assert (
            confirmation.result == "changed" and confirmation.moved_to.expected_visit_on == new_day
        )

    def test_changed_without_a_day_is_refused_and_nothing_saved(self, guide_client, desk, guide):
        inquiry = self._expected(desk, guide, timezone.localdate() + dt.timedelta(days=1))
        _english(guide_client)
        response = guide_client.post(
            reverse("aftercare:confirmation_done", args=[inquiry.pk]),
            {f"c{inquiry.pk}-result": "changed"},
            follow=True,
        )
        assert "Choose the new day" in response.content.decode()
        assert not Confirmation.objects.exists()
        assert Inquiry.objects.count() == 1

    def test_a_settled_call_is_not_recorded_twice(self, guide_client, desk, guide):
        inquiry = self._expected(desk, guide, timezone.localdate() + dt.timedelta(days=1))
        url = reverse("aftercare:confirmation_done", args=[inquiry.pk])
        guide_client.post(url, {f"c{inquiry.pk}-result": "confirmed"})
        guide_client.post(url, {f"c{inquiry.pk}-result": "cancelled"})
        assert Confirmation.objects.get().result == "confirmed"

    def test_the_summary_counts_confirmed_changed_cancelled_and_no_show(
        self, guide_client, desk, guide
    ):
        from aftercare.services.confirmations import confirmation_record

        today = timezone.localdate()
        rows = [self._expected(desk, guide, today) for _ in range(5)]
        for inquiry in rows:
            inquiry.phone = f"+8613900000{inquiry.pk:03d}"
            inquiry.save()
        now = timezone.now() - dt.timedelta(days=1)
        confirmation_record(inquiry=rows[0], by=guide, result="confirmed", now=now)
        confirmation_record(inquiry=rows[1], by=guide, result="confirmed", now=now)
        confirmation_record(
            inquiry=rows[2], by=guide, result="changed", new_date=today + dt.timedelta(days=3)
        )
        confirmation_record(inquiry=rows[3], by=guide, result="cancelled", now=now)
        # The first confirmed one came; the second confirmed one and the uncalled one did not.
        VisitFactory(visitor=VisitorFactory(phone=rows[0].phone), desk=desk, logged_by=guide)
        response = guide_client.get(reverse("reception:summary_daily"))
        figures = response.context["summary"].sections[0]["aftercare"]["confirmations"]
        assert figures["expected"] == 5
        assert (figures["confirmed"], figures["changed"], figures["cancelled"]) == (2, 1, 1)
        assert (figures["came"], figures["no_show"], figures["not_called"]) == (1, 2, 1)
        assert 'id="summary-no-show">2<' in response.content.decode()


class TestPlanPage:
    def test_stopping_without_a_reason_is_refused(self, guide_client, desk, guide):
        plan = FollowUpPlanFactory(desk=desk, started_by=guide)
        FollowUpStepFactory(plan=plan)
        _english(guide_client)
        response = guide_client.post(
            reverse("aftercare:plan_stop", args=[plan.pk]),
            {"version": 1, "reason": ""},
            follow=True,
        )
        assert "Say why the plan is stopped" in response.content.decode()
        plan.refresh_from_db()
        assert plan.status == FollowUpPlan.Status.ACTIVE

    def test_stopping_with_a_reason(self, guide_client, desk, guide):
        plan = FollowUpPlanFactory(desk=desk, started_by=guide)
        step = FollowUpStepFactory(plan=plan)
        guide_client.post(
            reverse("aftercare:plan_stop", args=[plan.pk]), {"version": 1, "reason": "已转院"}
        )
        step.refresh_from_db()
        assert step.status == FollowUpStep.Status.CANCELLED and step.cancel_reason == "已转院"

    def test_a_manager_reads_the_plans_of_their_department_only(
        self, manager_client, desk, guide, gi
    ):
        mine = FollowUpPlanFactory(desk=desk, department=gi, started_by=guide)
        other = FollowUpPlanFactory(
            desk=desk, department=Department.objects.get(code="CARD"), started_by=guide
        )
        assert manager_client.get(mine.get_absolute_url()).status_code == 200
        assert manager_client.get(other.get_absolute_url()).status_code == 404
        listed = manager_client.get(reverse("aftercare:plan_list")).context["page"].object_list
        assert [p.pk for p in listed] == [mine.pk]

    def test_a_guide_cannot_read_another_desks_plan(self, guide_client, other_desk, guide):
        plan = FollowUpPlanFactory(desk=other_desk, started_by=guide)
        assert guide_client.get(plan.get_absolute_url()).status_code == 404

    def test_the_security_desk_is_refused(self, security_client, desk, guide):
        plan = FollowUpPlanFactory(desk=desk, started_by=guide)
        assert security_client.get(plan.get_absolute_url()).status_code == 403
        assert security_client.get(reverse("aftercare:plan_list")).status_code == 403


class TestAdmissionAndSendOff:
    def test_admission_help_names_the_ward_nurse(self, guide_client, desk, guide, gi):
        visit = VisitFactory(desk=desk, logged_by=guide, purpose=Visit.Purpose.ADMISSION)
        url = reverse("aftercare:admission", args=[visit.pk])
        _english(guide_client)
        refused = guide_client.post(url, {"documents_checked": "on", "escorted_to_ward": "on"})
        assert "Write the name of the ward nurse" in refused.content.decode()
        assert not AdmissionHelp.objects.exists()
        data = {
            "documents_checked": "on",
            "escorted_to_admissions": "on",
            "escorted_to_ward": "on",
            "ward": gi.pk,
            "nurse_name": "李护士",
        }
        assert guide_client.post(url, data).status_code == 302
        record = AdmissionHelp.objects.get()
        assert record.nurse_name == "李护士" and record.ward == gi
        page = guide_client.get(visit.get_absolute_url()).content.decode()
        assert "李护士" in page

    def test_admission_help_opened_again_shows_what_was_recorded(
        self, guide_client, desk, guide, gi
    ):
        visit = VisitFactory(desk=desk, logged_by=guide, purpose=Visit.Purpose.ADMISSION)
        record = AdmissionHelpFactory(
            visit=visit, escorted_to_ward=True, ward=gi, nurse_name="李护士", note="轮椅"
        )
        response = guide_client.get(reverse("aftercare:admission", args=[visit.pk]))
        assert response.status_code == 200
        assert response.context["form"].initial == {
            "version": record.version,
            "documents_checked": True,
            "escorted_to_admissions": True,
            "escorted_to_ward": True,
            "ward": gi,
            "nurse_name": "李护士",
            "note": "轮椅",
        }

    def test_admission_help_only_for_an_admission(self, guide_client, desk, guide):
        visit = VisitFactory(desk=desk, logged_by=guide, purpose=Visit.Purpose.SEE_DOCTOR)
        _english(guide_client)
        response = guide_client.post(
            reverse("aftercare:admission", args=[visit.pk]), {"documents_checked": "on"}
        )
        assert "did not come for admission" in response.content.decode()
        assert not AdmissionHelp.objects.exists()

    def test_a_discharged_patient_is_seen_off_with_the_card_and_a_plan(
        self, guide_client, desk, gi, after_visit, settings
    ):
        settings.HOSPITAL_PHONE = "0571-88886666"
        settings.HOSPITAL_CLINIC_HOURS_EN = "Mon–Fri 08:00–17:00"
        data = {
            "idempotency_key": str(uuid.uuid4()),
            "source": "ward_call",
            "ward": gi.pk,
            "patient_name": "张大爷",
            "phone": PHONE,
            "language": "en",
            "guidance_given": "on",
            "card_given": "on",
            "transport": "wheelchair",
            "feedback_asked": "on",
            "template": after_visit.pk,
        }
        response = guide_client.post(reverse("aftercare:send_off_new"), data)
        send_off = DischargeSendOff.objects.get()
        assert response.status_code == 302 and response.url == send_off.get_absolute_url()
        assert send_off.plan.template == after_visit and send_off.plan.steps.count() == 2
        assert send_off.plan.department == gi
        # A double tap saves nothing more.
        guide_client.post(reverse("aftercare:send_off_new"), data)
        assert DischargeSendOff.objects.count() == 1 and FollowUpPlan.objects.count() == 1
        card = guide_client.get(reverse("aftercare:send_off_card", args=[send_off.pk]))
        text = card.content.decode()
        assert '<html lang="en">' in text and "Emergency" in text
        assert "0571-88886666" in text and "Mon–Fri 08:00–17:00" in text and "120" in text

    def test_a_plan_without_a_phone_is_refused_and_nothing_saved(
        self, guide_client, gi, after_visit
    ):
        data = {
            "idempotency_key": str(uuid.uuid4()),
            "source": "at_desk",
            "ward": gi.pk,
            "patient_name": "张大爷",
            "language": "zh-hans",
            "transport": "none",
            "template": after_visit.pk,
        }
        _english(guide_client)
        response = guide_client.post(reverse("aftercare:send_off_new"), data)
        assert "needs a phone number" in response.content.decode()
        assert not DischargeSendOff.objects.exists() and not FollowUpPlan.objects.exists()

    def test_the_daily_sheet_counts_admissions_and_send_offs(self, supervisor_client, desk):
        DischargeSendOffFactory(desk=desk)
        response = supervisor_client.get(reverse("overview:daily_sheet"), {"desk": desk.pk})
        assert response.context["aftercare"]["send_offs"]["total"] == 1
        assert 'id="sheet-send-offs">1<' in response.content.decode()


class TestReport:
    def test_completion_on_time_reach_rate_and_return_visits_by_plan(
        self, supervisor_client, desk, guide, gi
    ):
        today = timezone.localdate()
        plan = FollowUpPlanFactory(desk=desk, department=gi, started_by=guide)
        FollowUpStepFactory(
            plan=plan,
            status="done",
            result="reached",
            due_on=today,
            done_at=timezone.now(),
            done_by=guide,
            needs_return_visit=True,
            return_visit_on=today,
        )
        FollowUpStepFactory(
            plan=plan,
            status="done",
            result="not_reached",
            due_on=today - dt.timedelta(days=3),
            done_at=timezone.now(),
            done_by=guide,
        )
        FollowUpStepFactory(plan=plan, due_on=today - dt.timedelta(days=1))
        response = supervisor_client.get(reverse("aftercare:report"))
        report = response.context["report"]
        (row,) = report.by_plan
        assert (row.due, row.done, row.on_time, row.reached, row.return_visits) == (3, 2, 1, 1, 1)
        assert str(row.reach_rate) == "50.0"
        assert report.by_department[0].label == gi.name

    def test_a_period_ending_before_it_starts_says_so(self, supervisor_client):
        _english(supervisor_client)
        response = supervisor_client.get(
            reverse("aftercare:report"), {"start": "2026-05-10", "end": "2026-05-01"}
        )
        assert response.status_code == 200 and "swap the dates" in response.content.decode()

    def test_guides_do_not_read_the_report(self, guide_client):
        assert guide_client.get(reverse("aftercare:report")).status_code == 403


@pytest.mark.parametrize("rows", [10, 40])
def test_every_list_runs_constant_queries(
    rows, guide_client, supervisor_client, desk, guide, django_assert_max_num_queries
):
    """The plans list, the callbacks list, the send-offs list and the report at 10 and 40."""
    from aftercare.models import FollowUpPlan as Plan
    from aftercare.models import PlanTemplate

    template = PlanTemplate.objects.get(code="after-visit")
    now = timezone.now()
    today = timezone.localdate()
    plans = Plan.objects.bulk_create(
        FollowUpPlanFactory.build(
            desk=desk, template=template, started_by=guide, phone=f"+86137{i:08d}", started_at=now
        )
        for i in range(rows)
    )
    FollowUpStep.objects.bulk_create(
        FollowUpStepFactory.build(plan=plan, number=1, due_on=today) for plan in plans
    )
    Inquiry.objects.bulk_create(
        InquiryFactory.build(
            desk=desk,
            recorded_by=guide,
            received_at=now - dt.timedelta(days=5),
            expected_visit_on=today,
        )
        for _ in range(rows)
    )
    DischargeSendOff.objects.bulk_create(
        DischargeSendOffFactory.build(desk=desk, recorded_by=guide, recorded_at=now)
        for _ in range(rows)
    )
    pages = [
        (guide_client, reverse("aftercare:plan_list"), 14),
        (guide_client, reverse("reception:callback_list"), 16),
        (guide_client, reverse("aftercare:send_off_list"), 12),
        (supervisor_client, reverse("aftercare:report"), 12),
    ]
    for client, url, limit in pages:
        client.get(url)  # sessions and caches warm
        with django_assert_max_num_queries(limit):
            assert client.get(url).status_code == 200


def test_the_handoff_form_goes_on_to_start_a_follow_up_plan(guide_client, desk, guide, gi):
    from tests.handover.factories import EscortFactory

    visit = VisitFactory(
        visitor=VisitorFactory(phone=PHONE),
        desk=desk,
        logged_by=guide,
        destination=gi,
        status=Visit.Status.ESCORTING,
    )
    EscortFactory(visit=visit, guide=guide, destination=gi)
    url = reverse("handover:handoff", args=[visit.pk])
    assert 'id="save-handoff-follow_up"' in guide_client.get(url).content.decode()
    data = {
        "version": visit.version,
        "receiver_role": "nurse",
        "receiver_name": "李护士",
        "situation": "腹痛",
        "then": "follow_up",
    }
    response = guide_client.post(url, data)
    assert response.status_code == 302
    assert response.url.startswith(f"{reverse('aftercare:plan_start')}?handoff=")
    start = guide_client.get(response.url)
    assert start.context["visit"] == visit and start.context["form"].initial["phone"] == PHONE
