"""The callbacks list: due today and overdue for the desk, done with the result, once."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from reception.models import Inquiry
from reception.services import inquiries as services
from tests.reception.factories import InquiryFactory


def _callback(desk, *, due: dt.date, **kwargs) -> Inquiry:
    return InquiryFactory(
        desk=desk,
        outcome=Inquiry.Outcome.CALLBACK,
        callback_due_on=due,
        **kwargs,
    )


@pytest.mark.django_db
class TestCallbacksDue:
    def test_due_today_and_overdue_of_the_desk_oldest_first(self, desk, other_desk) -> None:
        today = timezone.localdate()
        overdue = _callback(desk, due=today - dt.timedelta(days=2))
        due_today = _callback(desk, due=today)
        _callback(desk, due=today + dt.timedelta(days=1))
        _callback(other_desk, due=today)
        assert list(Inquiry.objects.callbacks_due(desk, timezone.now())) == [overdue, due_today]

    def test_done_callbacks_are_not_due(self, desk, guide) -> None:
        inquiry = _callback(desk, due=timezone.localdate())
        services.inquiry_complete_callback(inquiry=inquiry, by=guide, result="已回电，已答复")
        assert not Inquiry.objects.callbacks_due(desk, timezone.now()).exists()


@pytest.mark.django_db
class TestCallbackDone:
    def test_guide_marks_callback_done_with_the_result(self, guide_client, guide, desk) -> None:
        inquiry = _callback(desk, due=timezone.localdate())
        response = guide_client.post(
            reverse("reception:callback_done", args=[inquiry.pk]),
            {f"cb{inquiry.pk}-version": inquiry.version, f"cb{inquiry.pk}-result": "已回电"},
        )
        assert response.status_code == 302
        inquiry.refresh_from_db()
        assert inquiry.callback_done_by == guide and inquiry.callback_result == "已回电"
        assert inquiry.callback_done_at is not None

    def test_htmx_gets_the_row_back(self, guide_client, desk) -> None:
        inquiry = _callback(desk, due=timezone.localdate())
        response = guide_client.post(
            reverse("reception:callback_done", args=[inquiry.pk]),
            {f"cb{inquiry.pk}-version": inquiry.version, f"cb{inquiry.pk}-result": "无人接听"},
            HTTP_HX_REQUEST="true",
        )
        body = response.content.decode()
        assert response.status_code == 200
        assert body.lstrip().startswith("<li") and "无人接听" in body and "<html" not in body

    def test_empty_result_is_refused(self, guide_client, desk) -> None:
        inquiry = _callback(desk, due=timezone.localdate())
        guide_client.cookies["django_language"] = "en"
        response = guide_client.post(
            reverse("reception:callback_done", args=[inquiry.pk]),
            {f"cb{inquiry.pk}-version": inquiry.version, f"cb{inquiry.pk}-result": ""},
        )
        assert response.status_code == 200
        assert "Write down what came of the call" in response.content.decode()
        inquiry.refresh_from_db()
        assert inquiry.callback_done_at is None

    def test_second_guide_is_refused_and_the_first_result_kept(
        self, guide_client, desk, second_guide
    ) -> None:
        inquiry = _callback(desk, due=timezone.localdate())
        stale_version = inquiry.version
        services.inquiry_complete_callback(inquiry=inquiry, by=second_guide, result="第一个")
        guide_client.cookies["django_language"] = "en"
        response = guide_client.post(
            reverse("reception:callback_done", args=[inquiry.pk]),
            {f"cb{inquiry.pk}-version": stale_version, f"cb{inquiry.pk}-result": "第二个"},
        )
        assert "Someone else already dealt with this callback" in response.content.decode()
        inquiry.refresh_from_db()
        assert inquiry.callback_result == "第一个" and inquiry.callback_done_by == second_guide

    def test_service_refuses_an_already_done_callback(self, desk, guide) -> None:
        inquiry = _callback(desk, due=timezone.localdate())
        services.inquiry_complete_callback(inquiry=inquiry, by=guide, result="好")
        with pytest.raises(ValidationError):
            services.inquiry_complete_callback(inquiry=inquiry, by=guide, result="又一次")

    def test_another_desks_callback_is_404(self, guide_client, other_desk) -> None:
        inquiry = _callback(other_desk, due=timezone.localdate())
        response = guide_client.post(
            reverse("reception:callback_done", args=[inquiry.pk]),
            {f"cb{inquiry.pk}-version": 1, f"cb{inquiry.pk}-result": "x"},
        )
        assert response.status_code == 404

    def test_supervisor_reads_the_list_but_cannot_mark_done(self, supervisor_client, desk) -> None:
        inquiry = _callback(desk, due=timezone.localdate())
        assert supervisor_client.get(reverse("reception:callback_list")).status_code == 200
        response = supervisor_client.post(
            reverse("reception:callback_done", args=[inquiry.pk]),
            {f"cb{inquiry.pk}-version": 1, f"cb{inquiry.pk}-result": "x"},
        )
        assert response.status_code == 403

    @pytest.mark.parametrize("client_name", ["manager_client", "security_client"])
    def test_wrong_role_is_refused(self, request, client_name) -> None:
        client = request.getfixturevalue(client_name)
        assert client.get(reverse("reception:callback_list")).status_code == 403
        assert client.post(reverse("reception:callback_done", args=[1])).status_code == 403

    def test_list_shows_overdue_and_coming_up(self, guide_client, desk) -> None:
        today = timezone.localdate()
        overdue = _callback(desk, due=today - dt.timedelta(days=1))
        later = _callback(desk, due=today + dt.timedelta(days=3))
        body = guide_client.get(reverse("reception:callback_list")).content.decode()
        assert f'id="callback-{overdue.pk}"' in body and f'id="callback-{later.pk}"' in body
        assert body.index(f'id="callback-{overdue.pk}"') < body.index('id="callbacks-upcoming"')

    @pytest.mark.parametrize("rows", [10, 40])
    def test_list_runs_constant_queries(
        self, guide_client, desk, guide, rows, django_assert_max_num_queries
    ) -> None:
        today = timezone.localdate()
        Inquiry.objects.bulk_create(
            InquiryFactory.build(
                desk=desk,
                recorded_by=guide,
                outcome=Inquiry.Outcome.CALLBACK,
                callback_due_on=today - dt.timedelta(days=i % 3),
            )
            for i in range(rows)
        )
        with django_assert_max_num_queries(12):
            response = guide_client.get(reverse("reception:callback_list"))
        assert response.status_code == 200
