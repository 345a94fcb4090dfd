"""Complaint pages and the admin: roles, departments, bad input, query counts, the report."""

import csv
import datetime as dt
import io
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from complaints import services
from complaints.models import Complaint
from complaints.templatetags.complaints_tags import escalated_panel_context
from hospital.models import Department
from reception.models import Feedback
from tests.complaints.factories import (
    at,
    make_complaint,
    stale_admin_change_form,
)
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db

EN: dict = {}


@pytest.fixture(autouse=True)
def _english(settings) -> None:
    # The app ignores Accept-Language; without the switcher's cookie it speaks LANGUAGE_CODE.
    settings.LANGUAGE_CODE = "en"


def intake_data(**overrides) -> dict:
    data = {
        "form_token": str(uuid.uuid4()),
        "channel": "in_person",
        "category": "waiting",
        "severity": "medium",
        "description": "等了三个小时没人叫号。",
        "request_text": "希望道歉",
        "complainant_name": "钱女士",
        "contact": "139 1234 5678",
        "relation": "family",
        "departments": [Department.objects.get(code="GI").pk],
        "received_at": "",
    }
    data.update(overrides)
    return data


# --- intake on the tablet -----------------------------------------------------------------


def test_guide_records_a_complaint_and_gets_the_slip(guide_client, guide, settings) -> None:
    settings.HOSPITAL_PHONE = "0571-88886666"
    response = guide_client.post(reverse("complaints:intake"), intake_data(), **EN)
    complaint = Complaint.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("complaints:slip", args=[complaint.pk])
    assert complaint.received_by == guide
    assert complaint.contact == "+8613912345678"
    assert complaint.desk.code == "main-hall"
    slip = guide_client.get(response["Location"], **EN).content.decode()
    assert complaint.reference in slip
    assert "0571-88886666" in slip
    assert timezone.localtime(complaint.final_answer_due).strftime("%Y-%m-%d") in slip


def test_double_submit_records_one_complaint(guide_client) -> None:
    data = intake_data()
    guide_client.post(reverse("complaints:intake"), data)
    guide_client.post(reverse("complaints:intake"), data)
    assert Complaint.objects.count() == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("contact", "not a phone", "Enter a phone number"),
        ("received_at", "2099-01-01T10:00", "in the future"),
        ("description", "   ", "Write down what happened"),
    ],
)
def test_bad_intake_shows_the_error_next_to_the_field_and_saves_nothing(
    guide_client, field, value, message
) -> None:
    response = guide_client.post(reverse("complaints:intake"), intake_data(**{field: value}), **EN)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert f'id="id_{field}-error"' in response.content.decode()
    assert not Complaint.objects.exists()


def test_bad_intake_message_is_in_the_users_language(guide_client, settings) -> None:
    guide_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    response = guide_client.post(reverse("complaints:intake"), intake_data(contact="abc"))
    assert response.status_code == 200
    assert "请输入电话号码" in response.content.decode()
    assert not Complaint.objects.exists()


def test_intake_prefills_from_a_visit(guide_client) -> None:
    visit = VisitFactory(destination=Department.objects.get(code="CARD"))
    response = guide_client.get(reverse("complaints:intake") + f"?visit={visit.pk}")
    page = response.content.decode()
    assert response.status_code == 200
    assert f'name="visit" value="{visit.pk}"' in page
    assert visit.visitor.phone in page


def test_intake_prefills_from_exit_feedback(guide_client, guide, desk) -> None:
    visit = VisitFactory(destination=Department.objects.get(code="GI"))
    feedback = Feedback.objects.create(
        desk=desk,
        visit=visit,
        department=visit.destination,
        care=90,
        attitude=40,
        fees=80,
        environment=90,
        ethos=90,
        recommend=70,
        comment="护士态度很差",
        submitted_at=timezone.now(),
        recorded_by=guide,
    )
    response = guide_client.get(reverse("complaints:intake") + f"?feedback={feedback.pk}")
    page = response.content.decode()
    assert "护士态度很差" in page
    assert response.context["form"]["category"].value() == "attitude"
    response = guide_client.post(
        reverse("complaints:intake"),
        intake_data(feedback=feedback.pk, visit=visit.pk, category="attitude"),
    )
    assert Complaint.objects.get().feedback == feedback


def test_intake_finds_a_visit_by_phone_and_links_its_department(guide_client) -> None:
    visit = VisitFactory(destination=Department.objects.get(code="CARD"))
    response = guide_client.get(reverse("complaints:intake"), {"find": visit.visitor.phone})
    assert f"?visit={visit.pk}" in response.content.decode()
    nothing = guide_client.get(reverse("complaints:intake"), {"find": "13700000000"})
    assert "No visit with this phone number" in nothing.content.decode()
    guide_client.post(reverse("complaints:intake"), intake_data(visit=visit.pk, departments=[]))
    complaint = Complaint.objects.get()
    assert complaint.visit == visit
    assert list(complaint.departments.values_list("code", flat=True)) == ["CARD"]


def test_manager_cannot_prefill_from_a_visit_routed_elsewhere(manager_client) -> None:
    theirs = VisitFactory(destination=Department.objects.get(code="CARD"))
    mine = VisitFactory(destination=Department.objects.get(code="GI"))
    url = reverse("complaints:intake")
    assert manager_client.get(url + f"?visit={theirs.pk}").status_code == 404
    assert manager_client.get(url + f"?visit={mine.pk}").status_code == 200


def test_intake_with_unknown_feedback_or_visit_is_404(guide_client) -> None:
    assert guide_client.get(reverse("complaints:intake") + "?feedback=999999").status_code == 404
    assert guide_client.get(reverse("complaints:intake") + "?visit=abc").status_code == 404


# --- roles -------------------------------------------------------------------------------


def test_security_desk_cannot_use_complaint_pages(security_client, guide) -> None:
    complaint = make_complaint(received_by=guide)
    for url in [
        reverse("complaints:intake"),
        reverse("complaints:list"),
        reverse("complaints:slip", args=[complaint.pk]),
        reverse("complaints:detail", args=[complaint.pk]),
        reverse("complaints:report"),
        reverse("complaints:report_csv"),
    ]:
        assert security_client.get(url).status_code == 403, url


def test_guide_cannot_open_the_work_page_report_or_complaint_admin(guide_client, guide) -> None:
    complaint = make_complaint(received_by=guide)
    assert guide_client.get(reverse("complaints:detail", args=[complaint.pk])).status_code == 403
    assert guide_client.get(reverse("complaints:report")).status_code == 403
    response = guide_client.get(reverse("admin:complaints_complaint_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_guide_sees_only_their_desk_complaints(guide_client, guide, other_desk) -> None:
    from tests.hospital.factories import UserFactory

    stranger = UserFactory(username="far-away", role="guide")
    theirs = make_complaint(received_by=stranger, desk=other_desk)
    assert guide_client.get(reverse("complaints:slip", args=[theirs.pk])).status_code == 404


def test_manager_gets_404_for_another_departments_complaint(manager_client, guide) -> None:
    cardiology = make_complaint(received_by=guide, departments=("CARD",))
    for url in [
        reverse("complaints:detail", args=[cardiology.pk]),
        reverse("complaints:step", args=[cardiology.pk, "acknowledge"]),
        reverse("admin:complaints_complaint_change", args=[cardiology.pk]),
        reverse("admin:complaints_complaint_history", args=[cardiology.pk]),
    ]:
        method = manager_client.post if "acknowledge" in url else manager_client.get
        assert method(url, {"version": 1}).status_code == 404, url
    cardiology.refresh_from_db()
    assert cardiology.status == Complaint.Status.RECEIVED


def test_manager_opens_the_change_page_and_history_of_their_complaint(
    manager_client, manager, guide
) -> None:
    complaint = make_complaint(received_by=guide)
    services.complaint_acknowledge(complaint=complaint, by=manager, message="已回电")
    page = manager_client.get(reverse("admin:complaints_complaint_change", args=[complaint.pk]))
    assert page.status_code == 200
    assert "已回电" in page.content.decode()  # the timeline under the form
    assert 'name="seen_version"' in page.content.decode()
    history = manager_client.get(reverse("admin:complaints_complaint_history", args=[complaint.pk]))
    assert history.status_code == 200
    work = manager_client.get(complaint.get_absolute_url())
    assert "已回电" in work.content.decode()


def test_supervisor_sees_every_department(supervisor_client, guide) -> None:
    complaint = make_complaint(received_by=guide, departments=("CARD",))
    assert supervisor_client.get(complaint.get_absolute_url()).status_code == 200


def test_patient_services_centre_manager_sees_every_department(guide) -> None:
    from tests.hospital.factories import UserFactory

    centre = UserFactory(username="cs-lead", role="department_manager")
    Department.objects.get(code="CS").managers.add(centre)
    complaint = make_complaint(received_by=guide, departments=("CARD",))
    client = Client()
    client.force_login(centre)
    assert client.get(complaint.get_absolute_url()).status_code == 200
    changelist = client.get(reverse("admin:complaints_complaint_changelist"))
    assert complaint.reference in changelist.content.decode()


# --- the manager's day: list, acknowledge, resolve, follow up -------------------------------


def test_manager_works_a_complaint_from_acknowledgement_to_close(
    manager_client, manager, guide
) -> None:
    mine = make_complaint(received_by=guide, departments=("GI",))
    other = make_complaint(received_by=guide, departments=("CARD",))
    changelist = manager_client.get(reverse("admin:complaints_complaint_changelist"), **EN)
    page = changelist.content.decode()
    assert mine.reference in page and other.reference not in page
    assert "138****5678" in page and "13812345678" not in page

    response = manager_client.post(
        reverse("admin:complaints_complaint_changelist"),
        {"action": "acknowledge", "_selected_action": [mine.pk], "text": "已致电安抚"},
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.status == Complaint.Status.ACKNOWLEDGED and mine.acknowledged_by == manager

    url = reverse("complaints:step", args=[mine.pk, "resolve"])
    refused = manager_client.post(url, {"version": mine.version, "answer": " "}, **EN)
    assert refused.status_code == 422
    assert "Write the answer" in refused.content.decode()
    mine.refresh_from_db()
    assert mine.status == Complaint.Status.ACKNOWLEDGED

    manager_client.post(
        url,
        {
            "version": mine.version,
            "answer": "已向当事护士核实并致歉",
            "remedy": "",
            "root_cause": "communication",
            "prevention_action": "晨会强调沟通",
        },
    )
    mine.refresh_from_db()
    assert mine.status == Complaint.Status.RESOLVED and mine.root_cause == "communication"

    close_url = reverse("complaints:step", args=[mine.pk, "follow_up"])
    refused = manager_client.post(close_url, {"version": mine.version}, **EN)
    assert refused.status_code == 422
    manager_client.post(
        close_url, {"version": mine.version, "satisfaction": "partly", "comment": "还行"}
    )
    mine.refresh_from_db()
    assert mine.status == Complaint.Status.CLOSED and mine.satisfaction == "partly"


def test_admin_actions_assign_escalate_and_resolve(manager_client, manager, guide) -> None:
    complaint = make_complaint(received_by=guide)
    changelist = reverse("admin:complaints_complaint_changelist")
    manager_client.post(
        changelist,
        {"action": "assign", "_selected_action": [complaint.pk], "assignee": manager.pk},
    )
    manager_client.post(
        changelist,
        {"action": "escalate", "_selected_action": [complaint.pk], "text": "涉及多科室"},
    )
    complaint.refresh_from_db()
    assert complaint.assigned_to == manager
    assert complaint.escalated_by == manager and complaint.escalation_reason == "涉及多科室"
    # Resolving a complaint that was never acknowledged is refused, with a message.
    response = manager_client.post(
        changelist,
        {"action": "resolve", "_selected_action": [complaint.pk], "text": "处理完毕"},
        follow=True,
        **EN,
    )
    assert "cannot be resolved" in response.content.decode()
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.RECEIVED


def test_admin_search_by_reference_and_phone(manager_client, guide) -> None:
    one = make_complaint(received_by=guide, contact="13800001111")
    two = make_complaint(received_by=guide, contact="13900002222")
    changelist = reverse("admin:complaints_complaint_changelist")
    page = manager_client.get(changelist, {"q": one.reference}).content.decode()
    assert one.reference in page and two.reference not in page
    page = manager_client.get(changelist, {"q": "139 0000 2222"}).content.decode()
    assert two.reference in page and one.reference not in page
    page = manager_client.get(changelist, {"q": "1111"}).content.decode()
    assert one.reference in page and two.reference not in page


def test_admin_filters_overdue_and_escalated(manager_client, guide) -> None:
    late = make_complaint(received_by=guide, received_at=at(2025, 9, 30, 16))
    fresh = make_complaint(received_by=guide)
    changelist = reverse("admin:complaints_complaint_changelist")
    page = manager_client.get(changelist, {"due": "overdue"}).content.decode()
    assert late.reference in page and fresh.reference not in page
    page = manager_client.get(changelist, {"escalated": "yes"}).content.decode()
    assert late.reference in page and fresh.reference not in page


def test_admin_staff_intake_goes_through_the_service(manager_client, manager) -> None:
    gi = Department.objects.get(code="GI")
    now = timezone.localtime()
    response = manager_client.post(
        reverse("admin:complaints_complaint_add"),
        {
            "received_at_0": now.strftime("%Y-%m-%d"),
            "received_at_1": now.strftime("%H:%M:%S"),
            "channel": "phone",
            "complainant_name": "孙先生",
            "contact": "010-12345678",
            "relation": "patient",
            "departments": [gi.pk],
            "category": "fees",
            "severity": "high",
            "description": "收费多收了 50 元",
            "request_text": "退款",
        },
    )
    complaint = Complaint.objects.get()
    assert response.status_code == 302, response.content.decode()[:2000]
    assert complaint.received_by == manager and complaint.reference.startswith("TS-")
    assert list(complaint.departments.all()) == [gi]
    assert complaint.entries.count() == 1


def test_second_managers_stale_edit_is_refused_with_what_changed(
    manager_client, other_manager, guide
) -> None:
    complaint = make_complaint(received_by=guide, departments=("GI", "CARD"))
    url = reverse("admin:complaints_complaint_change", args=[complaint.pk])
    form = stale_admin_change_form(complaint, edited_by=other_manager)
    response = manager_client.post(url, form, **EN)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this complaint" in page and "severity" in page
    complaint.refresh_from_db()
    assert complaint.severity == "critical" and complaint.category == "attitude"


def test_stale_step_is_refused_with_a_message(manager_client, manager, guide) -> None:
    complaint = make_complaint(received_by=guide)
    seen = complaint.version
    services.complaint_acknowledge(complaint=complaint, by=manager)
    response = manager_client.post(
        reverse("complaints:step", args=[complaint.pk, "withdraw"]),
        {"version": seen, "reason": "不追究了"},
        follow=True,
        **EN,
    )
    assert "Someone else changed this complaint" in response.content.decode()
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.ACKNOWLEDGED


# --- constant query counts -------------------------------------------------------------------


@pytest.mark.parametrize("size", [10, 40])
def test_tablet_list_runs_a_constant_number_of_queries(
    guide_client, guide, size, django_assert_max_num_queries
) -> None:
    _make_many(guide, size)
    with django_assert_max_num_queries(14):
        response = guide_client.get(reverse("complaints:list"))
    assert response.status_code == 200


def test_htmx_refresh_gets_only_the_due_sections(guide_client, guide) -> None:
    make_complaint(received_by=guide, received_at=at(2025, 9, 30, 16))
    response = guide_client.get(reverse("complaints:list"), HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="due-now"' in page and "TS-2025-000001" in page
    assert "<html" not in page and "recent-title" not in page


@pytest.mark.parametrize("size", [10, 40])
def test_admin_changelist_runs_a_constant_number_of_queries(
    manager_client, guide, size, django_assert_max_num_queries
) -> None:
    _make_many(guide, size)
    with django_assert_max_num_queries(16):
        response = manager_client.get(reverse("admin:complaints_complaint_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize("size", [10, 40])
def test_monthly_report_and_csv_run_a_constant_number_of_queries(
    supervisor_client, guide, size, django_assert_max_num_queries
) -> None:
    _make_many(guide, size)
    with django_assert_max_num_queries(16):
        assert supervisor_client.get(reverse("complaints:report")).status_code == 200
    with django_assert_max_num_queries(10):
        assert supervisor_client.get(reverse("complaints:report_csv")).status_code == 200


def test_admin_changelist_never_counts_the_whole_table(manager_client, guide) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _make_many(guide, 30)
    with CaptureQueriesContext(connection) as captured:
        response = manager_client.get(reverse("admin:complaints_complaint_changelist"))
    assert response.status_code == 200
    counts = [q["sql"] for q in captured.captured_queries if "COUNT(" in q["sql"].upper()]
    assert counts, "the list still says how many complaints match"
    assert all("LIMIT" in sql.upper() for sql in counts), counts


@pytest.mark.parametrize("size", [10, 40])
def test_escalated_panel_runs_a_constant_number_of_queries(
    supervisor, guide, size, django_assert_max_num_queries
) -> None:
    _make_many(guide, size, overdue=True)
    from django.template.loader import render_to_string

    with django_assert_max_num_queries(4):
        html = render_to_string(
            "complaints/_escalated_panel.html", escalated_panel_context(supervisor)
        )
    assert "TS-" in html


def _make_many(guide, n: int, *, overdue: bool = False) -> None:
    """Create n complaints quickly (bulk: query counts, not the write path, are under test)."""
    from complaints.services import due_times, next_reference

    gi = Department.objects.get(code="GI")
    now = timezone.now()
    received = now - dt.timedelta(days=20) if overdue else now - dt.timedelta(hours=1)
    first, final = due_times(received)
    references = next_reference(year=timezone.localtime(received).year, count=n)
    rows = Complaint.objects.bulk_create(
        [
            Complaint(
                reference=reference,
                received_at=received,
                received_by=guide,
                desk=guide.staff_profile.home_desk,
                channel="in_person",
                contact=f"138{i:08d}",
                description="测试",
                first_response_due=first,
                final_answer_due=final,
            )
            for i, reference in enumerate(references)
        ]
    )
    through = Complaint.departments.through
    through.objects.bulk_create([through(complaint_id=c.pk, department_id=gi.pk) for c in rows])


# --- the monthly report ------------------------------------------------------------------------


def test_monthly_report_shows_charts_and_compliance(supervisor_client, manager, guide) -> None:
    on_time = make_complaint(received_by=guide, received_at=at(2025, 9, 30, 16))
    services.complaint_acknowledge(complaint=on_time, by=manager, at=at(2025, 10, 9, 9))
    services.complaint_resolve(
        complaint=on_time, by=manager, answer="已处理", root_cause="process", at=at(2025, 10, 10, 9)
    )
    make_complaint(received_by=guide, received_at=at(2025, 9, 12, 9), departments=("CARD",))
    response = supervisor_client.get(reverse("complaints:report"), {"month": "2025-09"}, **EN)
    page = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in page and 'id="report-total">2<' in page
    report = response.context["report"]
    assert report.first_response.on_time == 1 and report.first_response.late == 1
    assert report.final_answer.percent == 50.0
    assert report.repeat_complainants == [{"contact": "138****5678", "count": 2}]
    assert [bar.label for bar in report.by_root_cause] == ["Process or rules"]


def test_manager_report_counts_only_their_departments(manager_client, guide) -> None:
    make_complaint(received_by=guide, received_at=at(2025, 9, 12, 9), departments=("CARD",))
    make_complaint(received_by=guide, received_at=at(2025, 9, 13, 9), departments=("GI",))
    response = manager_client.get(reverse("complaints:report"), {"month": "2025-09"})
    assert response.context["report"].total == 1


def test_report_with_a_bad_month_shows_the_current_month(supervisor_client) -> None:
    response = supervisor_client.get(reverse("complaints:report"), {"month": "spring"}, **EN)
    assert response.status_code == 200
    assert "Choose a month" in response.content.decode()


def test_csv_opens_in_a_spreadsheet(supervisor_client, guide) -> None:
    complaint = make_complaint(received_by=guide, received_at=at(2025, 9, 12, 9))
    response = supervisor_client.get(reverse("complaints:report_csv"), {"month": "2025-09"}, **EN)
    body = response.content
    assert response["Content-Type"].startswith("text/csv")
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][0] == "Reference"
    assert rows[1][0] == complaint.reference
    assert "138****5678" in rows[1]


def test_double_tap_on_a_timeline_entry_adds_it_once(manager_client, guide) -> None:
    complaint = make_complaint(received_by=guide)
    url = reverse("complaints:step", args=[complaint.pk, "entry"])
    data = {"form_token": str(uuid.uuid4()), "kind": "investigation", "text": "面谈当事人"}
    manager_client.post(url, data)
    manager_client.post(url, data)
    assert complaint.entries.filter(kind="investigation").count() == 1
