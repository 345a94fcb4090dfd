"""A follow-up call's satisfaction answer counts in the satisfaction report's "by phone" channel:
a response for its visit, in the period of the call, once per visit in the total."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from aftercare.models import FollowUpPlan, FollowUpStep
from hospital.models import Department
from reception.models import FEEDBACK_DIMENSIONS, Feedback, Visit
from reception.reports import SatisfactionReport, satisfaction_report
from tests.aftercare.factories import FollowUpPlanFactory, FollowUpStepFactory
from tests.reception.factories import FeedbackFactory, VisitFactory, VisitorFactory, at

START, END = dt.date(2025, 6, 1), dt.date(2025, 6, 28)


def _call(visit: Visit | None, *, day: dt.date, satisfaction: int | None = 80, **plan) -> None:
    """Record a done follow-up call about `visit` on `day`."""
    FollowUpStepFactory(
        plan=FollowUpPlanFactory(visit=visit, **plan),
        status=FollowUpStep.Status.DONE,
        result=FollowUpStep.Result.REACHED
        if satisfaction is not None
        else FollowUpStep.Result.NOT_REACHED,
        asks_satisfaction=True,
        satisfaction=satisfaction,
        done_at=at(day, 15),
    )


def _visit(desk, day: dt.date = START) -> Visit:
    return VisitFactory(desk=desk, arrived_at=at(day, 9))


def _channels(report: SatisfactionReport) -> dict[str, int]:
    return {row.channel: row.responses for row in report.by_channel}


@pytest.mark.django_db
class TestCounts:
    def test_a_call_answers_for_its_visit_on_the_phone_channel(self, desk) -> None:
        _call(_visit(desk), day=START + dt.timedelta(days=7))
        _visit(desk)
        report = satisfaction_report(start=START, end=END, desk=desk)
        assert report.visits == 2 and report.responses == 1
        assert _channels(report) == {"tablet": 0, "phone": 1, "mobile": 0}
        phone = next(row for row in report.by_channel if row.channel == "phone")
        assert phone.from_sources == 1 and phone.rate == 50
        assert report.response_rate == 50

    def test_a_visit_answered_on_the_tablet_and_by_call_counts_once_in_all(
        self, desk, guide
    ) -> None:
        visit = _visit(desk)
        FeedbackFactory(desk=desk, visit=visit, submitted_at=at(START, 10), recorded_by=guide)
        _call(visit, day=START + dt.timedelta(days=7))
        report = satisfaction_report(start=START, end=END, desk=desk)
        assert _channels(report) == {"tablet": 1, "phone": 1, "mobile": 0}
        assert report.responses == 1 and report.response_rate == 100

    def test_a_phone_survey_and_a_call_for_one_visit_count_once_on_the_channel(
        self, desk, guide
    ) -> None:
        visit = _visit(desk)
        FeedbackFactory(
            desk=desk,
            visit=visit,
            channel=Feedback.Channel.PHONE,
            submitted_at=at(START + dt.timedelta(days=3), 10),
            recorded_by=guide,
        )
        _call(visit, day=START + dt.timedelta(days=7))
        report = satisfaction_report(start=START, end=END, desk=desk)
        assert _channels(report)["phone"] == 1 and report.responses == 1
        assert report.by_channel[1].from_sources == 0

    def test_two_calls_for_one_visit_count_once(self, desk) -> None:
        visit = _visit(desk)
        _call(visit, day=START + dt.timedelta(days=7))
        _call(visit, day=START + dt.timedelta(days=20))
        report = satisfaction_report(start=START, end=END, desk=desk)
        assert _channels(report)["phone"] == 1 and report.responses == 1

    def test_the_call_counts_in_the_period_it_was_made(self, desk) -> None:
        # The visit came in May; the one-week call was in June: a June response, not a May one.
        visit = _visit(desk, START - dt.timedelta(days=3))
        _call(visit, day=START + dt.timedelta(days=4))
        june = satisfaction_report(start=START, end=END, desk=desk)
        assert june.responses == 1 and june.visits == 0 and june.response_rate is None
        may = satisfaction_report(
            start=START - dt.timedelta(days=30), end=START - dt.timedelta(days=1), desk=desk
        )
        assert may.responses == 0 and may.visits == 1

    def test_calls_without_an_answer_or_a_visit_do_not_count(self, desk) -> None:
        _call(_visit(desk), day=START + dt.timedelta(days=7), satisfaction=None)
        _call(None, day=START + dt.timedelta(days=7))
        open_step = FollowUpStepFactory(plan=FollowUpPlanFactory(visit=_visit(desk)))
        assert open_step.status == FollowUpStep.Status.OPEN
        report = satisfaction_report(start=START, end=END, desk=desk)
        assert report.responses == 0 and report.visits == 2

    def test_a_call_counts_for_its_visits_desk_and_department(
        self, desk, other_desk, gi, cardiology
    ) -> None:
        here = VisitFactory(desk=desk, destination=gi, arrived_at=at(START, 9))
        there = VisitFactory(desk=other_desk, destination=cardiology, arrived_at=at(START, 9))
        for visit in (here, there):
            _call(visit, day=START + dt.timedelta(days=7))
        assert satisfaction_report(start=START, end=END, desk=desk).responses == 1
        assert satisfaction_report(start=START, end=END, department=cardiology).responses == 1
        assert satisfaction_report(start=START, end=END).responses == 2

    def test_the_report_page_and_csv_show_the_calls(self, supervisor_client, desk) -> None:
        today = timezone.localdate()
        _call(VisitFactory(desk=desk), day=today)
        supervisor_client.cookies["django_language"] = "en"
        body = supervisor_client.get(reverse("reception:satisfaction")).content.decode()
        row = body.split('id="channel-phone"')[1].split("</tr>")[0]
        assert "By phone after the visit" in row and "<td" in row and ">1<" in row
        assert "1 of them by follow-up call" in row
        assert 'id="report-channels-note"' in body
        csv = supervisor_client.get(reverse("reception:satisfaction_csv")).content.decode()
        assert "By phone after the visit,1,100.0" in csv


@pytest.fixture
def gi(db) -> Department:
    return Department.objects.get(code="GI")


@pytest.fixture
def cardiology(db) -> Department:
    return Department.objects.exclude(code="GI").order_by("pk").first()


# The report page's queries, the same with calls counted as without: they are a subquery.
REPORT_QUERIES = 10


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [10, 40])
def test_the_report_runs_constant_queries_with_calls(
    supervisor_client, desk, guide, rows, django_assert_num_queries
) -> None:
    visits = Visit.objects.bulk_create(
        VisitFactory.build(desk=desk, logged_by=guide, visitor=VisitorFactory())
        for _ in range(rows)
    )
    plans = FollowUpPlan.objects.bulk_create(
        FollowUpPlanFactory.build(visit=visit, desk=desk, started_by=guide) for visit in visits
    )
    FollowUpStep.objects.bulk_create(
        FollowUpStepFactory.build(
            plan=plan,
            number=1,
            status=FollowUpStep.Status.DONE,
            result=FollowUpStep.Result.REACHED,
            asks_satisfaction=True,
            satisfaction=60,
            done_at=visit.arrived_at,
        )
        for plan, visit in zip(plans, visits, strict=True)
    )
    Feedback.objects.bulk_create(
        Feedback(
            desk=desk,
            visit=visit,
            recorded_by=guide,
            submitted_at=visit.arrived_at,
            **dict.fromkeys(FEEDBACK_DIMENSIONS, 80),
        )
        for visit in visits[: rows // 2]
    )
    query = {"desk": desk.pk}
    supervisor_client.get(reverse("reception:satisfaction"), query)
    with django_assert_num_queries(REPORT_QUERIES):
        response = supervisor_client.get(reverse("reception:satisfaction"), query)
    report = response.context["report"]
    assert report.visits == rows and report.responses == rows
    assert _channels(report) == {"tablet": rows // 2, "phone": rows, "mobile": 0}
