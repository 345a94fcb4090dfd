"""The desk's end-of-day summary: counts, outcomes, arrivals matched by phone, no-shows."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from reception.models import Inquiry, Visit
from reception.reports import daily_summary
from tests.reception.factories import InquiryFactory, VisitFactory, VisitorFactory, at

DAY = dt.date(2025, 6, 10)  # a Tuesday


@pytest.mark.django_db
class TestDailySummary:
    def test_counts_by_channel_topic_and_outcome(self, desk, other_desk) -> None:
        InquiryFactory(desk=desk, received_at=at(DAY, 9), channel="phone_in", topic="hours")
        InquiryFactory(
            desk=desk,
            received_at=at(DAY, 10),
            channel="in_person",
            topic="directions",
            outcome=Inquiry.Outcome.TRANSFERRED,
            transferred_to_id=1,
        )
        InquiryFactory(
            desk=desk,
            received_at=at(DAY, 11),
            channel="missed",
            question="",
            answered_at=None,
            outcome=Inquiry.Outcome.CALLBACK,
            callback_due_on=DAY,
        )
        InquiryFactory(desk=other_desk, received_at=at(DAY, 9))
        InquiryFactory(desk=desk, received_at=at(DAY - dt.timedelta(days=1), 9))
        summary = daily_summary(desk=desk, day=DAY)
        assert summary.total == 3
        assert dict(summary.by_channel)[Inquiry.Channel.PHONE_IN.label] == 1
        assert dict(summary.by_channel)[Inquiry.Channel.MISSED.label] == 1
        assert dict(summary.by_topic)[Inquiry.Topic.DIRECTIONS.label] == 1
        assert summary.outcomes == {
            "answered": 1,
            "transferred": 1,
            "callbacks_open": 1,
            "callbacks_done": 0,
            "closed": 0,
        }

    def test_arrival_matched_by_phone_to_yesterdays_inquiry(self, desk, guide) -> None:
        earlier = InquiryFactory(
            desk=desk, phone="+8613812345678", received_at=at(DAY - dt.timedelta(days=1), 15)
        )
        visitor = VisitorFactory(phone="+8613812345678")
        matched = VisitFactory(desk=desk, visitor=visitor, arrived_at=at(DAY, 9), logged_by=guide)
        VisitFactory(desk=desk, arrived_at=at(DAY, 9, 30), logged_by=guide)  # never asked
        summary = daily_summary(desk=desk, day=DAY)
        assert summary.arrivals == 2
        assert [visit.pk for visit in summary.matched_arrivals] == [matched.pk]
        assert summary.matched_arrivals[0].earlier_inquiry == earlier

    def test_inquiry_after_the_arrival_does_not_match(self, desk, guide) -> None:
        visitor = VisitorFactory(phone="+8613812345678")
        VisitFactory(desk=desk, visitor=visitor, arrived_at=at(DAY, 9), logged_by=guide)
        InquiryFactory(desk=desk, phone="+8613812345678", received_at=at(DAY, 12))
        assert daily_summary(desk=desk, day=DAY).matched_arrivals == []

    def test_expected_today_but_did_not_come(self, desk, guide) -> None:
        came = InquiryFactory(
            desk=desk,
            phone="+8613800000001",
            expected_visit_on=DAY,
            received_at=at(DAY - dt.timedelta(days=2), 10),
        )
        missing = InquiryFactory(
            desk=desk,
            phone="+8613800000002",
            expected_visit_on=DAY,
            received_at=at(DAY - dt.timedelta(days=2), 11),
        )
        VisitFactory(
            desk=desk,
            visitor=VisitorFactory(phone=came.phone),
            arrived_at=at(DAY, 10),
            logged_by=guide,
        )
        assert daily_summary(desk=desk, day=DAY).expected_not_come == [missing]

    def test_after_hours_inquiry_counts_as_carried_over(self, desk) -> None:
        InquiryFactory(desk=desk, received_at=at(DAY - dt.timedelta(days=1), 20), work_day=DAY)
        summary = daily_summary(desk=desk, day=DAY)
        assert summary.carried_over == 1 and summary.total == 0


@pytest.mark.django_db
class TestSummaryPage:
    def test_guide_sees_matched_walkin_on_the_printable_summary(
        self, guide_client, desk, guide
    ) -> None:
        today = timezone.localdate()
        InquiryFactory(
            desk=desk,
            phone="+8613812345678",
            received_at=timezone.now() - dt.timedelta(days=1),
            question="明天能看消化科吗？",
        )
        VisitFactory(
            desk=desk,
            visitor=VisitorFactory(phone="+8613812345678", name="王女士"),
            logged_by=guide,
            arrived_at=timezone.now(),
        )
        response = guide_client.get(reverse("reception:summary_daily"))
        body = response.content.decode()
        assert response.status_code == 200
        assert "王女士" in body and "138****5678" in body and "13812345678" not in body
        assert today.isoformat() in body and "data-fd-print" in body

    def test_guide_cannot_read_another_desk(self, guide_client, desk, other_desk) -> None:
        InquiryFactory(desk=other_desk, question="别处的问题", topic="fees")
        response = guide_client.get(reverse("reception:summary_daily") + f"?desk={other_desk.pk}")
        assert response.context["desk"] == desk

    def test_supervisor_picks_a_desk(self, supervisor_client, other_desk) -> None:
        response = supervisor_client.get(
            reverse("reception:summary_daily") + f"?desk={other_desk.pk}"
        )
        assert response.status_code == 200 and response.context["desk"] == other_desk

    @pytest.mark.parametrize("client_name", ["manager_client", "security_client"])
    def test_wrong_role_is_refused(self, request, client_name) -> None:
        client = request.getfixturevalue(client_name)
        assert client.get(reverse("reception:summary_daily")).status_code == 403

    @pytest.mark.parametrize("rows", [10, 40])
    def test_summary_runs_constant_queries(
        self, supervisor_client, desk, guide, rows, django_assert_max_num_queries
    ) -> None:
        now = timezone.now()
        visitors = VisitorFactory.create_batch(rows)
        Inquiry.objects.bulk_create(
            InquiryFactory.build(
                desk=desk,
                recorded_by=guide,
                phone=visitor.phone,
                received_at=now - dt.timedelta(days=1),
                expected_visit_on=timezone.localdate(),
            )
            for visitor in visitors
        )
        # Half of them come today (matched by phone), the other half said they would and did not.
        Visit.objects.bulk_create(
            VisitFactory.build(desk=desk, visitor=visitor, logged_by=guide, arrived_at=now)
            for visitor in visitors[: rows // 2]
        )
        # 16 for the summary, 4 for the sections registered on it (aftercare's day counts).
        with django_assert_max_num_queries(20):
            response = supervisor_client.get(reverse("reception:summary_daily"))
        assert response.status_code == 200
        assert len(response.context["summary"].matched_arrivals) == rows // 2
        assert len(response.context["summary"].expected_not_come) == rows - rows // 2
