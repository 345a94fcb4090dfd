"""Inquiries in person and by phone: recording, outcomes, after hours, access and bad input."""

import datetime as dt
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from hospital.models import Department
from reception.models import Inquiry
from reception.services import inquiries as services
from tests.reception.factories import InquiryFactory, at

# A plain Tuesday, a Friday evening, and the National Day holiday of 2025 (chinese_calendar knows).
TUESDAY = dt.date(2025, 6, 10)
FRIDAY = dt.date(2025, 6, 13)
MONDAY_AFTER = dt.date(2025, 6, 16)


def _form(**overrides) -> dict:
    data = {
        "idempotency_key": str(uuid.uuid4()),
        "channel": Inquiry.Channel.PHONE_IN,
        "phone": "138 1234 5678",
        "caller_name": "张先生",
        "topic": Inquiry.Topic.DEPARTMENT,
        "question": "胃痛挂哪个科？",
        "answer": "",
        "outcome": Inquiry.Outcome.ANSWERED,
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
class TestWorkDay:
    def test_inquiry_in_desk_hours_stays_on_its_day(self) -> None:
        assert services.inquiry_work_day(at(TUESDAY, 10)) == TUESDAY

    def test_after_closing_lands_on_the_next_working_day(self) -> None:
        assert services.inquiry_work_day(at(TUESDAY, 19)) == TUESDAY + dt.timedelta(days=1)
        assert services.inquiry_work_day(at(FRIDAY, 20)) == MONDAY_AFTER

    def test_on_a_holiday_lands_after_the_holiday(self) -> None:
        assert services.inquiry_work_day(at(dt.date(2025, 10, 2), 10)) == dt.date(2025, 10, 9)

    def test_callback_in_working_days_skips_the_weekend(self) -> None:
        assert services.callback_due_date(work_day=FRIDAY, working_days=1) == MONDAY_AFTER
        assert services.callback_due_date(work_day=FRIDAY, working_days=0) == FRIDAY


@pytest.mark.django_db
class TestInquiryRecord:
    def test_phone_inquiry_transferred_keeps_department_and_person(self, desk, guide) -> None:
        gi = Department.objects.get(code="GI")
        inquiry = services.inquiry_record(
            desk=desk,
            recorded_by=guide,
            channel=Inquiry.Channel.PHONE_IN,
            phone="+8613812345678",
            question="胃镜要预约吗？",
            outcome=Inquiry.Outcome.TRANSFERRED,
            transferred_to=gi,
            transferred_to_person="李护士",
            rang_at=at(TUESDAY, 9, 0),
            answered_at=at(TUESDAY, 9, 0) + dt.timedelta(seconds=8),
            now=at(TUESDAY, 9, 1),
        )
        inquiry.refresh_from_db()
        assert inquiry.transferred_to == gi and inquiry.transferred_to_person == "李护士"
        assert inquiry.ring_seconds == 8
        assert inquiry.work_day == TUESDAY
        assert inquiry.callback_due_on is None

    def test_missed_call_becomes_a_callback_due_the_same_working_day(self, desk, guide) -> None:
        inquiry = services.inquiry_record(
            desk=desk,
            recorded_by=guide,
            channel=Inquiry.Channel.MISSED,
            phone="+8613812345678",
            rang_at=at(TUESDAY, 11),
            now=at(TUESDAY, 11, 1),
        )
        assert inquiry.outcome == Inquiry.Outcome.CALLBACK
        assert inquiry.answered_at is None
        assert inquiry.callback_due_on == TUESDAY
        assert list(Inquiry.objects.callbacks_due(desk, at(TUESDAY, 17))) == [inquiry]

    def test_missed_call_after_hours_is_on_the_next_working_days_list(self, desk, guide) -> None:
        inquiry = services.inquiry_record(
            desk=desk,
            recorded_by=guide,
            channel=Inquiry.Channel.MISSED,
            phone="+8613812345678",
            rang_at=at(FRIDAY, 21),
            now=at(FRIDAY, 21),
        )
        assert inquiry.work_day == MONDAY_AFTER and inquiry.callback_due_on == MONDAY_AFTER
        assert inquiry.moved_to_next_working_day
        assert not Inquiry.objects.callbacks_due(desk, at(FRIDAY, 22)).exists()
        assert list(Inquiry.objects.callbacks_due(desk, at(MONDAY_AFTER, 9))) == [inquiry]

    def test_callback_in_two_working_days(self, desk, guide) -> None:
        inquiry = services.inquiry_record(
            desk=desk,
            recorded_by=guide,
            channel=Inquiry.Channel.IN_PERSON,
            question="化验结果什么时候出？",
            outcome=Inquiry.Outcome.CALLBACK,
            callback_in_working_days=2,
            now=at(FRIDAY, 10),
        )
        assert inquiry.callback_due_on == MONDAY_AFTER + dt.timedelta(days=1)

    def test_callback_due_in_the_past_is_refused(self, desk, guide) -> None:
        with pytest.raises(ValidationError) as error:
            services.inquiry_record(
                desk=desk,
                recorded_by=guide,
                channel=Inquiry.Channel.IN_PERSON,
                question="化验结果？",
                outcome=Inquiry.Outcome.CALLBACK,
                callback_due_on=TUESDAY - dt.timedelta(days=1),
                now=at(TUESDAY, 10),
            )
        assert "callback_due_on" in error.value.message_dict
        assert not Inquiry.objects.exists()

    def test_empty_question_is_refused(self, desk, guide) -> None:
        with pytest.raises(ValidationError):
            services.inquiry_record(
                desk=desk, recorded_by=guide, channel=Inquiry.Channel.IN_PERSON, question="  "
            )
        assert not Inquiry.objects.exists()

    def test_same_token_twice_saves_once(self, desk, guide) -> None:
        key = uuid.uuid4()
        kwargs = {
            "desk": desk,
            "recorded_by": guide,
            "channel": Inquiry.Channel.IN_PERSON,
            "question": "厕所在哪？",
            "form_token": key,
        }
        first = services.inquiry_record(**kwargs)
        assert services.inquiry_record(**kwargs) == first
        assert Inquiry.objects.count() == 1


@pytest.mark.django_db
class TestInquiryViews:
    def test_guide_records_phone_inquiry_transferred_to_a_department(
        self, guide_client, desk
    ) -> None:
        gi = Department.objects.get(code="GI")
        response = guide_client.post(
            reverse("reception:inquiry_new"),
            _form(
                outcome=Inquiry.Outcome.TRANSFERRED,
                transferred_to=gi.pk,
                transferred_to_person="李护士",
            ),
        )
        assert response.status_code == 302
        inquiry = Inquiry.objects.get()
        assert inquiry.phone == "+8613812345678"  # stored in E.164
        assert inquiry.desk == desk and inquiry.transferred_to == gi
        assert inquiry.rang_at is not None and inquiry.answered_at is not None

    def test_double_submit_saves_once(self, guide_client) -> None:
        data = _form()
        guide_client.post(reverse("reception:inquiry_new"), data)
        guide_client.post(reverse("reception:inquiry_new"), data)
        assert Inquiry.objects.count() == 1

    def test_missed_call_goes_to_the_callbacks_list(self, guide_client, desk) -> None:
        guide_client.cookies["django_language"] = "en"
        response = guide_client.post(
            reverse("reception:inquiry_new"),
            _form(channel=Inquiry.Channel.MISSED, question="", outcome=""),
            follow=True,
        )
        inquiry = Inquiry.objects.get()
        assert inquiry.outcome == Inquiry.Outcome.CALLBACK
        assert inquiry.callback_due_on == services.inquiry_work_day(inquiry.received_at)
        page = guide_client.get(reverse("reception:callback_list")).content.decode()
        assert f'id="callback-{inquiry.pk}"' in page
        day = inquiry.callback_due_on.isoformat()
        assert f"It is on the callbacks list for {day}." in response.content.decode()

    @pytest.mark.parametrize(
        ("overrides", "field", "message"),
        [
            ({"question": ""}, "question", "Write down what they asked"),
            (
                {"outcome": "callback", "callback_due_on": "2020-01-01"},
                "callback_due_on",
                "The callback date is in the past",
            ),
            ({"outcome": "transferred"}, "transferred_to", "Choose the department"),
            ({"phone": "12345"}, "phone", "Enter a mainland mobile"),
            ({"outcome": "callback"}, "callback_in", "Tap when to call back"),
            (
                {"channel": "missed", "phone": "", "question": ""},
                "phone",
                "A call needs the caller",
            ),
        ],
    )
    def test_bad_input_shows_message_next_to_field_and_saves_nothing(
        self, guide_client, overrides, field, message
    ) -> None:
        guide_client.cookies["django_language"] = "en"
        response = guide_client.post(reverse("reception:inquiry_new"), _form(**overrides))
        assert response.status_code == 200
        body = response.content.decode()
        assert f'id="id_{field}-error"' in body
        assert message in body
        assert not Inquiry.objects.exists()

    def test_error_message_in_chinese(self, guide_client) -> None:
        guide_client.cookies["django_language"] = "zh-hans"
        response = guide_client.post(reverse("reception:inquiry_new"), _form(question=""))
        body = response.content.decode()
        assert 'id="id_question-error"' in body and "请记下对方咨询的问题" in body
        assert not Inquiry.objects.exists()

    def test_form_opens_with_the_tapped_channel(self, guide_client) -> None:
        response = guide_client.get(reverse("reception:inquiry_new") + "?channel=missed")
        assert response.status_code == 200
        assert 'value="missed"\n               checked' in response.content.decode() or (
            response.context["form"].initial["channel"] == "missed"
        )

    def test_list_shows_the_desks_inquiries_of_today_only(
        self, guide_client, desk, other_desk
    ) -> None:
        mine = InquiryFactory(desk=desk, question="我的问题")
        InquiryFactory(desk=other_desk, question="别的导医台")
        InquiryFactory(
            desk=desk,
            question="上周的问题",
            received_at=timezone.now() - dt.timedelta(days=7),
        )
        body = guide_client.get(reverse("reception:inquiry_list")).content.decode()
        assert f'id="inquiry-{mine.pk}"' in body
        assert "别的导医台" not in body and "上周的问题" not in body

    def test_list_shows_last_nights_calls_that_landed_on_today(self, guide_client, desk) -> None:
        today = timezone.localdate()
        carried = InquiryFactory(
            desk=desk,
            question="昨晚来电",
            received_at=timezone.now() - dt.timedelta(days=1),
            work_day=today,
        )
        body = guide_client.get(reverse("reception:inquiry_list")).content.decode()
        assert f'id="inquiry-{carried.pk}"' in body

    def test_list_pages_keep_the_day(self, guide_client, desk, guide) -> None:
        Inquiry.objects.bulk_create(
            InquiryFactory.build(desk=desk, recorded_by=guide) for _ in range(60)
        )
        body = guide_client.get(reverse("reception:inquiry_list")).content.decode()
        assert f"?day={timezone.localdate().isoformat()}&page=2" in body

    def test_list_masks_phones(self, guide_client, desk) -> None:
        InquiryFactory(desk=desk, phone="+8613812345678")
        body = guide_client.get(reverse("reception:inquiry_list")).content.decode()
        assert "138****5678" in body and "13812345678" not in body

    @pytest.mark.parametrize("rows", [10, 40])
    def test_list_runs_constant_queries(
        self, guide_client, desk, guide, rows, django_assert_max_num_queries
    ) -> None:
        now = timezone.now()
        Inquiry.objects.bulk_create(
            InquiryFactory.build(desk=desk, recorded_by=guide, received_at=now) for _ in range(rows)
        )
        with django_assert_max_num_queries(12):
            response = guide_client.get(reverse("reception:inquiry_list"))
        assert response.status_code == 200

    def test_detail_of_another_desk_is_404_for_a_guide(self, guide_client, other_desk) -> None:
        inquiry = InquiryFactory(desk=other_desk)
        response = guide_client.get(reverse("reception:inquiry_detail", args=[inquiry.pk]))
        assert response.status_code == 404

    def test_supervisor_reads_any_desks_inquiry(self, supervisor_client, other_desk) -> None:
        inquiry = InquiryFactory(desk=other_desk, phone="+8613812345678")
        response = supervisor_client.get(reverse("reception:inquiry_detail", args=[inquiry.pk]))
        assert response.status_code == 200
        assert "13812345678" in response.content.decode()

    @pytest.mark.parametrize("client_name", ["manager_client", "security_client"])
    def test_wrong_role_is_refused(self, request, client_name, desk) -> None:
        client = request.getfixturevalue(client_name)
        inquiry = InquiryFactory(desk=desk)
        for url in (
            reverse("reception:inquiry_list"),
            reverse("reception:inquiry_new"),
            reverse("reception:inquiry_detail", args=[inquiry.pk]),
        ):
            assert client.get(url).status_code == 403, url

    def test_supervisor_cannot_record_on_the_tablet(self, supervisor_client) -> None:
        assert supervisor_client.get(reverse("reception:inquiry_new")).status_code == 403


@pytest.mark.django_db
class TestAdmin:
    @pytest.mark.parametrize("rows", [10, 40])
    def test_supervisor_reads_inquiry_and_feedback_changelists_in_constant_queries(
        self, supervisor_client, desk, guide, rows, django_assert_max_num_queries
    ) -> None:
        from reception.models import FEEDBACK_DIMENSIONS, Feedback

        now = timezone.now()
        Inquiry.objects.bulk_create(
            InquiryFactory.build(desk=desk, recorded_by=guide, received_at=now) for _ in range(rows)
        )
        Feedback.objects.bulk_create(
            Feedback(
                desk=desk,
                recorded_by=guide,
                submitted_at=now,
                **dict.fromkeys(FEEDBACK_DIMENSIONS, 100),
            )
            for _ in range(rows)
        )
        for url in ("/admin/reception/inquiry/", "/admin/reception/feedback/"):
            with django_assert_max_num_queries(14):
                response = supervisor_client.get(url)
            assert response.status_code == 200, url

    def test_supervisor_cannot_change_an_inquiry_in_the_admin(
        self, supervisor_client, desk
    ) -> None:
        inquiry = InquiryFactory(desk=desk)
        response = supervisor_client.post(
            f"/admin/reception/inquiry/{inquiry.pk}/change/", {"question": "改掉"}
        )
        assert response.status_code == 403
        inquiry.refresh_from_db()
        assert inquiry.question != "改掉"

    def test_guide_has_no_admin(self, guide_client) -> None:
        response = guide_client.get("/admin/reception/inquiry/")
        assert response.status_code == 302
