"""The satisfaction report: averages, response rate, flags under 85, trend, plans, CSV."""

import datetime as dt
import re
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from hospital.models import Department
from reception.models import FEEDBACK_DIMENSIONS, Feedback, ImprovementPlan, Visit
from reception.reports import register_response_source, satisfaction_report
from tests.reception.factories import FeedbackFactory, VisitFactory, at

START, END = dt.date(2025, 6, 1), dt.date(2025, 6, 28)


@pytest.mark.django_db
class TestReport:
    def test_averages_rate_and_flags(self, desk, other_desk, guide) -> None:
        for day, fees in ((2, 100), (3, 50)):
            visit = VisitFactory(desk=desk, arrived_at=at(START + dt.timedelta(days=day), 9))
            FeedbackFactory(
                desk=desk, visit=visit, fees=fees, submitted_at=visit.arrived_at, recorded_by=guide
            )
        for day in range(2):
            VisitFactory(desk=desk, arrived_at=at(START + dt.timedelta(days=day), 9))
        FeedbackFactory(desk=other_desk, fees=0, submitted_at=at(START, 10))
        FeedbackFactory(desk=desk, fees=0, submitted_at=at(END + dt.timedelta(days=1), 10))

        report = satisfaction_report(start=START, end=END, desk=desk)
        assert report.responses == 2 and report.visits == 4
        assert str(report.response_rate) == "50.0"
        averages = {d.name: d.average for d in report.dimensions}
        assert str(averages["fees"]) == "75.0" and str(averages["care"]) == "100.0"
        assert [d.name for d in report.flagged] == ["fees"]
        assert [p.responses for p in report.trend] == [1, 1]

    def test_by_department(self, desk) -> None:
        gi = Department.objects.get(code="GI")
        FeedbackFactory(desk=desk, department=gi, care=60, submitted_at=at(START, 10))
        FeedbackFactory(desk=desk, care=100, submitted_at=at(START, 10))
        report = satisfaction_report(start=START, end=END, department=gi)
        assert report.responses == 1 and [d.name for d in report.flagged] == ["care"]

    def test_long_periods_trend_by_month(self, desk) -> None:
        FeedbackFactory(desk=desk, submitted_at=at(dt.date(2025, 1, 5), 10))
        FeedbackFactory(desk=desk, submitted_at=at(dt.date(2025, 9, 5), 10))
        report = satisfaction_report(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
        assert report.granularity == "month" and len(report.trend) == 2


@pytest.mark.django_db
class TestReportPage:
    def _low_fees(self, desk) -> None:
        FeedbackFactory(desk=desk, fees=25, submitted_at=timezone.now())

    def _plan_data(self, *, start: dt.date, note: str, due_on: dt.date) -> dict[str, str]:
        """The fees plan form as posted from the report, over `start` to today."""
        return {
            "dimension": "fees",
            "plan-fees-idempotency_key": str(uuid.uuid4()),
            "plan-fees-dimension": "fees",
            "plan-fees-start": start.isoformat(),
            "plan-fees-end": timezone.localdate().isoformat(),
            "plan-fees-note": note,
            "plan-fees-due_on": due_on.isoformat(),
        }

    def test_supervisor_sees_the_flag_and_the_chart(self, supervisor_client, desk) -> None:
        self._low_fees(desk)
        response = supervisor_client.get(reverse("reception:satisfaction"))
        body = response.content.decode()
        assert response.status_code == 200
        assert re.search(r'id="dimension-fees"\s+class="fd-row-red"', body)
        assert not re.search(r'id="dimension-care"\s+class="fd-row-red"', body)
        assert "<svg" in body and "<polyline" in body
        assert 'id="plan-form-fees"' in body

    def test_the_filters_offer_every_desk_and_department_and_keep_the_choice(
        self, supervisor_client, desk, other_desk, settings
    ) -> None:
        settings.LANGUAGE_CODE = "en"
        gi = Department.objects.get(code="GI")
        response = supervisor_client.get(
            reverse("reception:satisfaction"), {"desk": desk.pk, "department": gi.pk}
        )
        body = response.content.decode()
        with translation.override("en"):
            chosen = [(desk.pk, str(desk)), (gi.pk, gi.name)]
            others = [(other_desk.pk, str(other_desk))]
        for pk, name in chosen:
            assert re.search(rf'<option value="{pk}"\s+selected>{re.escape(name)}</option>', body)
        for pk, name in others:
            assert re.search(rf'<option value="{pk}"\s*>{re.escape(name)}</option>', body)
        assert '<option value="">All desks</option>' in body
        assert '<option value="">All departments</option>' in body

    def test_improvement_plan_saved_once_within_a_week(self, supervisor_client, desk) -> None:
        self._low_fees(desk)
        today = timezone.localdate()
        data = self._plan_data(
            start=today - dt.timedelta(days=27),
            note="收费窗口增加价目表",
            due_on=today + dt.timedelta(days=7),
        )
        url = reverse("reception:improvement_plan_new")
        assert supervisor_client.post(url, data).status_code == 302
        supervisor_client.post(url, data)
        plan = ImprovementPlan.objects.get()
        assert plan.dimension == "fees" and str(plan.average) == "25.0"
        body = supervisor_client.get(reverse("reception:satisfaction")).content.decode()
        assert 'id="plan-fees"' in body and 'id="plan-form-fees"' not in body

    def test_plan_due_beyond_a_week_is_refused(self, supervisor_client, desk) -> None:
        self._low_fees(desk)
        today = timezone.localdate()
        supervisor_client.cookies["django_language"] = "en"
        response = supervisor_client.post(
            reverse("reception:improvement_plan_new"),
            self._plan_data(start=today, note="x", due_on=today + dt.timedelta(days=30)),
        )
        body = response.content.decode()
        assert response.status_code == 200
        assert 'id="id_plan-fees-due_on-error"' in body and "The plan is due within a week" in body
        assert "x</textarea>" in body  # what was typed is kept
        assert not ImprovementPlan.objects.exists()

    def test_plan_without_a_note_is_refused(self, supervisor_client, desk) -> None:
        self._low_fees(desk)
        today = timezone.localdate()
        response = supervisor_client.post(
            reverse("reception:improvement_plan_new"),
            self._plan_data(start=today, note="", due_on=today),
        )
        assert 'id="id_plan-fees-note-error"' in response.content.decode()
        assert not ImprovementPlan.objects.exists()

    def test_csv_is_utf8_with_bom(self, supervisor_client, desk) -> None:
        self._low_fees(desk)
        supervisor_client.cookies["django_language"] = "zh-hans"
        response = supervisor_client.get(reverse("reception:satisfaction_csv"))
        assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
        content = response.content
        assert content.startswith("\ufeff".encode())
        text = content.decode("utf-8-sig")
        assert "25.0" in text and len(text.splitlines()) >= 3

    @pytest.mark.parametrize("client_name", ["guide_client", "manager_client", "security_client"])
    def test_wrong_role_is_refused(self, request, client_name) -> None:
        client = request.getfixturevalue(client_name)
        assert client.get(reverse("reception:satisfaction")).status_code == 403
        assert client.get(reverse("reception:satisfaction_csv")).status_code == 403
        assert client.post(reverse("reception:improvement_plan_new")).status_code == 403

    @pytest.mark.parametrize("rows", [10, 40])
    def test_report_runs_constant_queries(
        self, supervisor_client, desk, guide, rows, django_assert_max_num_queries
    ) -> None:
        now = timezone.now()
        Feedback.objects.bulk_create(
            Feedback(
                desk=desk,
                recorded_by=guide,
                submitted_at=now - dt.timedelta(days=i % 20),
                **dict.fromkeys(FEEDBACK_DIMENSIONS, 25 * (i % 5)),
            )
            for i in range(rows)
        )
        with django_assert_max_num_queries(14):
            response = supervisor_client.get(reverse("reception:satisfaction"))
        assert response.status_code == 200


@pytest.mark.django_db
class TestResponseSources:
    """A higher floor's answers (aftercare's follow-up calls) count through a registered source."""

    def test_an_unknown_channel_is_refused(self) -> None:
        with pytest.raises(ValueError, match="Unknown feedback channel"):
            register_response_source("x", "fax", lambda *, first, after: Visit.objects.none())

    def test_a_source_counts_its_visits_on_its_channel_once(self, desk, guide, monkeypatch) -> None:
        monkeypatch.setattr("reception.reports._response_sources", {})
        surveyed, called = (VisitFactory(desk=desk, arrived_at=at(START, 9)) for _ in range(2))
        VisitFactory(desk=desk, arrived_at=at(START, 9))
        FeedbackFactory(desk=desk, visit=surveyed, submitted_at=at(START, 10), recorded_by=guide)
        seen: list[tuple[dt.datetime, dt.datetime]] = []

        def answered(*, first: dt.datetime, after: dt.datetime):
            seen.append((first, after))
            return Visit.objects.filter(pk__in=[surveyed.pk, called.pk]).values("pk")

        register_response_source("calls", Feedback.Channel.MOBILE, answered)
        report = satisfaction_report(start=START, end=END, desk=desk)
        assert seen == [(at(START, 0), at(END + dt.timedelta(days=1), 0))]
        assert report.visits == 3 and report.responses == 2
        rows = {row.channel: (row.responses, row.from_sources) for row in report.by_channel}
        assert rows == {"tablet": (1, 0), "phone": (0, 0), "mobile": (2, 2)}
