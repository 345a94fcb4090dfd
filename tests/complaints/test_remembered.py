"""The complaint lists are remembered between requests, and never shown out of date: a change to
a complaint, the person's scope, a due time passing or a message to show each give a fresh page;
every answer carries a CSRF token of its own."""

import datetime as dt
import re
import threading

import pytest
from django.contrib.auth.models import Permission
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from complaints import services
from complaints.models import Complaint
from hospital.models import Department
from hospital.records import save_as
from tests.complaints.factories import make_complaint
from tests.hospital.factories import StaffProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/complaints/complaint/"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _list_reads(client: Client, url: str, **headers: str) -> tuple[str, int]:
    """Return the page and how many of its statements read the complaints themselves (the
    change stamp is one; a rendered page reads its rows too)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    assert response.status_code == 200
    reads = [q["sql"] for q in queries if "complaints_complaint" in q["sql"]]
    return response.content.decode(), len(reads)


def test_admin_list_is_remembered_until_a_complaint_changes(manager_client, manager, guide):
    complaint = make_complaint(received_by=guide)
    first, first_reads = _list_reads(manager_client, CHANGELIST)
    again, again_reads = _list_reads(manager_client, CHANGELIST)
    assert again_reads == 1 < first_reads  # only the stamp
    assert TOKEN.sub("", again) == TOKEN.sub("", first)
    assert "fd-status-received" in again

    services.complaint_acknowledge(complaint=complaint, by=manager, message="已致电。")
    changed, changed_reads = _list_reads(manager_client, CHANGELIST)
    assert changed_reads > 1
    assert "fd-status-acknowledged" in changed and "fd-status-received" not in changed


def test_a_new_complaint_shows_at_once_on_both_lists(manager_client, guide_client, guide):
    make_complaint(received_by=guide)
    manager_client.get(CHANGELIST)
    guide_client.get(reverse("complaints:list"))
    newer = make_complaint(received_by=guide)
    assert newer.reference in manager_client.get(CHANGELIST).content.decode()
    assert newer.reference in guide_client.get(reverse("complaints:list")).content.decode()


def test_each_answer_has_a_csrf_token_of_its_own_that_works(manager, guide):
    complaint = make_complaint(received_by=guide)
    client = Client(enforce_csrf_checks=True)
    client.force_login(manager)
    pages = [client.get(CHANGELIST).content.decode() for _ in range(3)]
    tokens = [TOKEN.findall(page) for page in pages]
    assert all(found for found in tokens)
    assert len({found[0] for found in tokens}) == 3
    assert not any("\x00" in page for page in pages)
    response = client.post(
        CHANGELIST,
        {
            "action": "acknowledge",
            "_selected_action": [complaint.pk],
            "text": "已致电。",
            "index": 0,
            "csrfmiddlewaretoken": tokens[-1][0],
        },
    )
    assert response.status_code == 302
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.ACKNOWLEDGED


def test_managers_never_see_each_others_remembered_list(
    manager_client, manager, other_manager, guide
):
    theirs = make_complaint(received_by=guide, departments=("GI",))
    others = make_complaint(received_by=guide, departments=("CARD",))
    other_client = Client()
    other_client.force_login(other_manager)
    for _ in range(2):
        mine = manager_client.get(CHANGELIST).content.decode()
        not_mine = other_client.get(CHANGELIST).content.decode()
        assert theirs.reference in mine and others.reference not in mine
        assert others.reference in not_mine and theirs.reference not in not_mine

    # Taken off gastroenterology (no complaint changed): the list follows at once.
    Department.objects.get(code="GI").managers.remove(manager)
    assert theirs.reference not in manager_client.get(CHANGELIST).content.decode()


def test_a_remembered_list_ends_when_a_due_time_passes(
    manager_client, guide_client, guide, monkeypatch
):
    complaint = make_complaint(received_by=guide)
    # Due in half a minute; set directly: only the clock moves in this test.
    due = timezone.now() + dt.timedelta(seconds=30)
    Complaint.objects.filter(pk=complaint.pk).update(
        first_response_due=due, final_answer_due=due + dt.timedelta(days=2)
    )
    tablet = reverse("complaints:list")
    assert "fd-due-overdue" not in manager_client.get(CHANGELIST).content.decode()
    assert 'class="fd-row-red"' not in guide_client.get(tablet).content.decode()

    later = due + dt.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "fd-due-overdue" in manager_client.get(CHANGELIST).content.decode()
    assert 'class="fd-row-red"' in guide_client.get(tablet).content.decode()


def test_a_message_is_shown_on_the_list_and_only_once(manager_client, manager, guide):
    complaint = make_complaint(received_by=guide)
    manager_client.get(CHANGELIST)  # remembered before the action
    response = manager_client.post(
        CHANGELIST,
        {
            "action": "escalate",
            "_selected_action": [complaint.pk],
            "text": "科室无法处理。",
            "index": 0,
        },
        follow=True,
    )
    assert 'class="success"' in response.content.decode()
    assert 'class="success"' not in manager_client.get(CHANGELIST).content.decode()


def test_tablet_list_and_its_htmx_part_are_remembered_apart(guide_client, guide):
    complaint = make_complaint(received_by=guide)
    url = reverse("complaints:list")
    page, first_reads = _list_reads(guide_client, url)
    part, _reads = _list_reads(guide_client, url, HTTP_HX_REQUEST="true")
    again, again_reads = _list_reads(guide_client, url)
    assert again_reads == 1 < first_reads
    assert "<html" in again and complaint.reference in again
    assert "<html" not in part and part.lstrip().startswith('<div id="due-now"')


def test_guides_of_two_desks_never_share_a_remembered_list(guide_client, guide, desk, other_desk):
    other_guide = UserFactory(username="guide-inpatient", role="guide")
    StaffProfileFactory(user=other_guide, home_desk=other_desk)
    other_client = Client()
    other_client.force_login(other_guide)
    ours = make_complaint(received_by=guide, desk=desk)
    theirs = make_complaint(received_by=other_guide, desk=other_desk)
    url = reverse("complaints:list")
    for _ in range(2):
        mine = guide_client.get(url).content.decode()
        not_mine = other_client.get(url).content.decode()
        assert ours.reference in mine and theirs.reference not in mine
        assert theirs.reference in not_mine and ours.reference not in not_mine


def test_the_list_permission_is_read_in_one_statement_and_a_no_still_asks_django(
    manager_client, guide, desk
):
    make_complaint(received_by=guide)
    manager_client.get(CHANGELIST)
    with CaptureQueriesContext(connection) as queries:
        assert manager_client.get(CHANGELIST).status_code == 200
    assert sum("auth_permission" in q["sql"] for q in queries) == 1

    # Staff without the permission: refused, whatever was remembered for others.
    clerk = UserFactory(username="clerk", is_staff=True)
    clerk_client = Client()
    clerk_client.force_login(clerk)
    assert clerk_client.get(CHANGELIST).status_code == 403
    # Granted on the account itself rather than through a role's group: admitted.
    viewing = Permission.objects.get(codename="view_complaint")
    clerk.user_permissions.add(viewing)
    assert clerk_client.get(CHANGELIST).status_code == 200


def _status_on_list(page: str, complaint: Complaint) -> str:
    """Return the status class the list's row of `complaint` shows."""
    found = re.search(re.escape(complaint.reference) + r".*?fd-status-(\w+)", page, re.S)
    assert found, complaint.reference
    return found.group(1)


def test_a_renamed_department_or_colleague_is_on_the_list_at_once(manager_client, manager, guide):
    complaint = make_complaint(received_by=guide)
    services.complaint_assign(complaint=complaint, by=manager, assignee=guide)
    page = manager_client.get(CHANGELIST).content.decode()
    gi = Department.objects.get(code="GI")
    assert gi.name in page and "guide" in page
    assert manager_client.get(CHANGELIST).content.decode().count(gi.name) == page.count(gi.name)

    gi.name_zh_hans = "消化内科（新院区）"
    save_as(gi, manager)
    assert "消化内科（新院区）" in manager_client.get(CHANGELIST).content.decode()
    guide.username = "guide-renamed"
    save_as(guide, manager)
    assert "guide-renamed" in manager_client.get(CHANGELIST).content.decode()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_change_committed_after_a_later_one_is_on_the_next_page(manager, guide):
    """The first change takes the smaller history id but commits last: the page rendered between
    the two commits holds the larger id in its key and must not be given again."""
    first = make_complaint(received_by=guide)
    second = make_complaint(received_by=guide)
    client = Client()
    client.force_login(manager)
    client.get(CHANGELIST)
    written, commit = threading.Event(), threading.Event()

    def slow_change() -> None:
        try:
            with transaction.atomic():
                services.complaint_acknowledge(complaint=first, by=manager, message="已致电。")
                written.set()
                assert commit.wait(10)
        finally:
            connection.close()

    thread = threading.Thread(target=slow_change)
    thread.start()
    try:
        assert written.wait(10)
        services.complaint_acknowledge(complaint=second, by=manager, message="已致电。")
        between = client.get(CHANGELIST).content.decode()
        assert _status_on_list(between, second) == "acknowledged"
        assert _status_on_list(between, first) == "received"
    finally:
        commit.set()
        thread.join()
    after = client.get(CHANGELIST).content.decode()
    assert _status_on_list(after, first) == "acknowledged"
