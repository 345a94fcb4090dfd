"""Every read of a person's record leaves one access-log row: who, which kind, which record."""

import re

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.urls import URLResolver, get_resolver, reverse

from complaints import services
from complaints.models import StaleComplaint
from hospital.models import AccessLog
from reception.models import Visit
from tests.complaints.factories import admin_change_form, make_complaint, stale_admin_change_form
from tests.reception.factories import VisitFactory, VisitorFactory

pytestmark = pytest.mark.django_db

PHONE = "+8613812345678"


def _only_entry() -> AccessLog:
    entries = list(AccessLog.objects.all())
    assert len(entries) == 1, [(e.kind, e.label) for e in entries]
    return entries[0]


def _assert_record(entry: AccessLog, user, kind: str, obj) -> None:
    assert entry.user == user and entry.username == user.username
    assert entry.kind == kind
    assert entry.content_type == ContentType.objects.get_for_model(type(obj))
    assert entry.object_id == str(obj.pk)


def test_the_visit_page_is_logged(supervisor_client, supervisor, desk) -> None:
    visit = VisitFactory(desk=desk)
    response = supervisor_client.get(reverse("overview:visit_detail", args=[visit.pk]))
    assert response.status_code == 200
    _assert_record(_only_entry(), supervisor, "view", visit)


def _visit_pages() -> list[str]:
    """Return the URL names of every page that opens one visit (.../visits/<int:pk>/...)."""
    names = []

    def walk(patterns, prefix: str = "", namespace: str = "") -> None:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                space = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry.url_patterns, prefix + str(entry.pattern), space)
            elif entry.name and re.match(
                r"(?!admin/)[^<]*visits/<int:pk>/[^<]*$", prefix + str(entry.pattern)
            ):
                names.append(namespace + entry.name)

    walk(get_resolver().url_patterns)
    return sorted(names)


@pytest.mark.parametrize("name", _visit_pages())
def test_every_page_that_shows_a_visit_logs_the_read(guide_client, guide, desk, name) -> None:
    visit = VisitFactory(
        desk=desk, logged_by=guide, status="routed", visitor=VisitorFactory(name="郑可读")
    )
    response = guide_client.get(reverse(name, args=[visit.pk]))
    if response.status_code != 200:
        pytest.skip(f"{name} answers GET with {response.status_code}: it shows nothing")
    if "<html" not in response.text or "郑可读" not in response.text:
        # A fragment of a page already logged (the board's menu), or a page without the person.
        pytest.skip(f"{name} is not a page that shows the visitor")
    visit_type = ContentType.objects.get_for_model(Visit)
    logged = AccessLog.objects.filter(content_type=visit_type, object_id=str(visit.pk))
    assert logged.filter(user=guide).exists(), f"{name} shows visit {visit.pk} unlogged"


def test_a_visit_not_shown_is_not_logged(manager_client, desk) -> None:
    visit = VisitFactory(desk=desk)  # not routed to the manager's department
    response = manager_client.get(reverse("overview:visit_detail", args=[visit.pk]))
    assert response.status_code == 404
    assert not AccessLog.objects.exists()


def test_the_returning_visitor_lookup_is_logged_with_a_masked_label(guide_client, guide) -> None:
    VisitorFactory(name="张阿姨", phone=PHONE)
    response = guide_client.get(reverse("reception:visitor_lookup"), {"phone": "138-1234-5678"})
    assert response.status_code == 200
    entry = _only_entry()
    assert entry.user == guide and entry.kind == "lookup"
    assert entry.label == "phone …5678"
    assert "13812345678" not in entry.label and "张阿姨" not in entry.label
    assert "1234" not in entry.label.replace("5678", "")


def test_an_empty_or_invalid_lookup_is_not_logged(guide_client) -> None:
    guide_client.get(reverse("reception:visitor_lookup"), {"phone": ""})
    guide_client.get(reverse("reception:visitor_lookup"), {"phone": "abc"})
    assert not AccessLog.objects.exists()


def test_the_complaint_work_page_is_logged(manager_client, manager, guide) -> None:
    complaint = make_complaint(received_by=guide)
    response = manager_client.get(reverse("complaints:detail", args=[complaint.pk]))
    assert response.status_code == 200
    _assert_record(_only_entry(), manager, "view", complaint)


def test_the_complaint_slip_is_logged(supervisor_client, supervisor, guide) -> None:
    complaint = make_complaint(received_by=guide)
    response = supervisor_client.get(reverse("complaints:slip", args=[complaint.pk]))
    assert response.status_code == 200
    _assert_record(_only_entry(), supervisor, "view", complaint)


def test_the_intake_phone_lookup_is_logged_with_a_masked_label(
    supervisor_client, supervisor, desk
) -> None:
    VisitFactory(desk=desk, visitor=VisitorFactory(name="张阿姨", phone=PHONE))
    response = supervisor_client.get(reverse("complaints:intake"), {"find": "13812345678"})
    assert response.status_code == 200
    entry = _only_entry()
    assert entry.user == supervisor and entry.kind == "lookup"
    assert entry.label == "phone …5678"


def test_the_intake_without_a_lookup_is_not_logged(supervisor_client) -> None:
    assert supervisor_client.get(reverse("complaints:intake")).status_code == 200
    assert not AccessLog.objects.exists()


def test_the_complaint_csv_is_logged(supervisor_client, supervisor, guide) -> None:
    make_complaint(received_by=guide)
    response = supervisor_client.get(reverse("complaints:report_csv"), {"month": "2026-05"})
    assert response.status_code == 200
    entry = _only_entry()
    assert entry.user == supervisor and entry.kind == "export"
    assert entry.label.startswith("complaints ")


def test_the_satisfaction_csv_is_logged(supervisor_client, supervisor) -> None:
    response = supervisor_client.get(
        reverse("reception:satisfaction_csv"), {"start": "2026-05-01", "end": "2026-05-31"}
    )
    assert response.status_code == 200
    entry = _only_entry()
    assert entry.user == supervisor and entry.kind == "export"
    assert entry.label == "satisfaction 2026-05-01–2026-05-31"


def test_the_daily_sheet_pdf_is_logged(supervisor_client, supervisor) -> None:
    response = supervisor_client.get(reverse("overview:daily_sheet_pdf"), {"date": "2026-05-04"})
    assert response.status_code == 200
    entry = _only_entry()
    assert entry.user == supervisor and entry.kind == "pdf"
    assert entry.label == "daily sheet 2026-05-04 all"


def test_the_complaint_admin_change_page_is_logged(manager_client, manager, guide) -> None:
    complaint = make_complaint(received_by=guide)
    url = reverse("admin:complaints_complaint_change", args=[complaint.pk])
    assert manager_client.get(url).status_code == 200
    _assert_record(_only_entry(), manager, "view", complaint)


def test_a_stale_admin_save_writes_no_log_entry_and_no_success(
    manager_client, other_manager, guide
) -> None:
    complaint = make_complaint(received_by=guide, departments=("GI", "CARD"))
    form = stale_admin_change_form(complaint, edited_by=other_manager)
    url = reverse("admin:complaints_complaint_change", args=[complaint.pk])
    response = manager_client.post(url, form, follow=True)
    assert response.status_code == 200
    assert not LogEntry.objects.exists()
    assert "success" not in [m.level_tag for m in get_messages(response.wsgi_request)]
    complaint.refresh_from_db()
    assert complaint.category != "fees"


def test_a_save_the_service_refuses_late_shows_only_the_refusal(
    manager_client, guide, monkeypatch
) -> None:
    # The form's check passed; the service, under its row lock, finds the complaint moved on.
    complaint = make_complaint(received_by=guide)

    def refuse(**kwargs):
        raise StaleComplaint("Someone else changed this complaint.", changes=["severity"])

    monkeypatch.setattr(services, "complaint_update", refuse)
    url = reverse("admin:complaints_complaint_change", args=[complaint.pk])
    response = manager_client.post(url, admin_change_form(complaint))
    assert response.status_code == 302 and response["Location"] == url
    shown = [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]
    assert [level for level, _text in shown] == ["error"]
    assert not LogEntry.objects.exists()
    complaint.refresh_from_db()
    assert complaint.category != "fees"
