"""The satisfaction report: response rate by channel against 80 %, and plans overdue after a week."""

import datetime as dt

import pytest
from django.urls import reverse

from reception.models import Feedback
from reception.reports import satisfaction_report
from tests.reception.factories import FeedbackFactory, ImprovementPlanFactory, VisitFactory, at

pytestmark = pytest.mark.django_db

START, END = dt.date(2025, 6, 1), dt.date(2025, 6, 28)


def _visits(desk, n: int, day: dt.date = START) -> list:
    return [VisitFactory(desk=desk, arrived_at=at(day, 9)) for _ in range(n)]


def test_the_response_rate_is_split_by_channel_and_flagged_under_80(desk, guide) -> None:
    visits = _visits(desk, 10)
    channels = ["tablet"] * 4 + ["mobile"] * 2 + ["phone"]
    for visit, channel in zip(visits, channels, strict=False):
        FeedbackFactory(
            desk=desk, visit=visit, channel=channel, submitted_at=at(START, 10), recorded_by=guide
        )
    report = satisfaction_report(start=START, end=END, desk=desk)
    rates = {row.channel: (row.responses, str(row.rate)) for row in report.by_channel}
    assert rates == {"tablet": (4, "40.0"), "mobile": (2, "20.0"), "phone": (1, "10.0")}
    assert str(report.response_rate) == "70.0" and report.response_rate_low
    assert report.target == 80


def test_eighty_percent_answered_is_on_target(desk, guide) -> None:
    for visit in _visits(desk, 5)[:4]:
        FeedbackFactory(desk=desk, visit=visit, submitted_at=at(START, 10), recorded_by=guide)
    assert not satisfaction_report(start=START, end=END, desk=desk).response_rate_low


def test_the_target_is_a_setting(desk, guide, settings) -> None:
    settings.SATISFACTION_RESPONSE_TARGET = 90
    for visit in _visits(desk, 5)[:4]:
        FeedbackFactory(desk=desk, visit=visit, submitted_at=at(START, 10), recorded_by=guide)
    report = satisfaction_report(start=START, end=END, desk=desk)
    assert report.target == 90 and report.response_rate_low


def test_a_dimension_under_85_for_over_a_week_without_a_plan_is_flagged_overdue(desk) -> None:
    FeedbackFactory(desk=desk, fees=50, submitted_at=at(START + dt.timedelta(days=2), 10))
    FeedbackFactory(desk=desk, fees=60, submitted_at=at(END, 10))
    report = satisfaction_report(start=START, end=END, desk=desk)
    assert [d.name for d in report.plans_overdue] == ["fees"]


def test_a_dimension_under_85_only_this_week_is_not_overdue_yet(desk) -> None:
    FeedbackFactory(desk=desk, fees=100, submitted_at=at(START + dt.timedelta(days=2), 10))
    FeedbackFactory(desk=desk, fees=40, submitted_at=at(END - dt.timedelta(days=2), 10))
    report = satisfaction_report(start=START, end=END, desk=desk)
    assert [d.name for d in report.flagged] == ["fees"] and not report.plans_overdue


def test_a_written_plan_clears_the_overdue_flag(desk) -> None:
    FeedbackFactory(desk=desk, fees=50, submitted_at=at(START + dt.timedelta(days=2), 10))
    ImprovementPlanFactory(desk=desk, department=None, period_start=START, period_end=END)
    report = satisfaction_report(start=START, end=END, desk=desk)
    assert report.flagged and not report.plans_overdue


def test_the_page_shows_channels_target_and_overdue(supervisor_client, desk, guide) -> None:
    visits = _visits(desk, 4)
    FeedbackFactory(
        desk=desk,
        visit=visits[0],
        channel=Feedback.Channel.MOBILE,
        fees=50,
        submitted_at=at(START + dt.timedelta(days=1), 10),
        recorded_by=guide,
    )
    response = supervisor_client.get(
        reverse("reception:satisfaction"),
        {"start": START.isoformat(), "end": END.isoformat(), "desk": desk.pk},
    )
    page = response.content.decode()
    assert 'id="channel-mobile"' in page and 'id="response-rate-low"' in page
    assert 'id="overdue-fees"' in page
    csv = supervisor_client.get(
        reverse("reception:satisfaction_csv"),
        {"start": START.isoformat(), "end": END.isoformat(), "desk": desk.pk},
    ).content.decode("utf-8-sig")
    assert "25.0" in csv  # one of four visits answered on the own phone


@pytest.mark.parametrize("rows", [10, 40])
def test_the_report_runs_a_fixed_number_of_queries(
    supervisor_client, desk, guide, rows, django_assert_num_queries
) -> None:
    for i in range(rows):
        FeedbackFactory(
            desk=desk,
            channel=Feedback.Channel.values[i % 3],
            fees=25 * (i % 5),
            submitted_at=at(START + dt.timedelta(days=i % 28), 10),
            recorded_by=guide,
        )
    query = {"start": START.isoformat(), "end": END.isoformat(), "desk": desk.pk}
    supervisor_client.get(reverse("reception:satisfaction"), query)
    with django_assert_num_queries(REPORT_QUERIES):
        supervisor_client.get(reverse("reception:satisfaction"), query)


REPORT_QUERIES = 10
