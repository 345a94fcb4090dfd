import uuid
from datetime import timedelta

import factory
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from handover.models import (
    AfterHoursEntry,
    ChecklistEntry,
    EquipmentLoan,
    HandoverSheet,
    KeyLoan,
)
from handover.services import (
    book_hand_over,
    equipment_lend,
    key_issue,
    sheet_accept,
    sheet_sign_out,
    sheet_start,
    sheet_update,
)
from tests.handover.factories import (
    AfterHoursBookFactory,
    AfterHoursEntryFactory,
    EquipmentFactory,
    EquipmentLoanFactory,
    HandoverSheetFactory,
    KeyFactory,
    KeyLoanFactory,
    ShiftFactory,
    days_back,
)

pytestmark = pytest.mark.django_db


def _post_sheet(client, sheet, *, marks=None, incoming=None, sign=False, version=None, log="平稳"):
    data = {
        "version": version if version is not None else sheet.version,
        "work_log": log,
        "incoming": incoming.pk if incoming else "",
    }
    for entry in sheet.checklist.all():
        mark, comment = (marks or {}).get(entry.pk, ("ok", ""))
        data[f"mark_{entry.pk}"] = mark
        data[f"comment_{entry.pk}"] = comment
    if sign:
        data["sign"] = "1"
    return client.post(sheet.get_absolute_url(), data)


def _signed(sheet, incoming):
    sheet_update(
        sheet=sheet,
        by=sheet.outgoing,
        version=sheet.version,
        work_log="",
        incoming=incoming,
        marks={e.pk: ("ok", "") for e in sheet.checklist.all()},
    )
    return sheet_sign_out(sheet=sheet, by=sheet.outgoing)


# --- roles: 403 for the wrong role --------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "overview:supervisor_home",
        "handover:sheet_list",
        "overview:daily_sheet",
        "overview:daily_sheet_pdf",
    ],
)
def test_guide_and_security_cannot_open_supervisor_pages(name, guide_client, security_client):
    assert guide_client.get(reverse(name)).status_code == 403
    assert security_client.get(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", ["desk_sheets", "key_register", "equipment_register"])
def test_security_and_managers_cannot_open_desk_pages(name, security_client, manager_client):
    assert security_client.get(reverse(f"handover:{name}")).status_code == 403
    assert manager_client.get(reverse(f"handover:{name}")).status_code == 403


def test_only_security_opens_the_after_hours_book(guide_client, supervisor_client, security_client):
    assert guide_client.get(reverse("handover:security_book")).status_code == 403
    assert supervisor_client.get(reverse("handover:security_book")).status_code == 403
    assert security_client.get(reverse("handover:security_book")).status_code == 200


def test_a_guide_cannot_countersign(sheet, second_guide, guide_client):
    _signed(sheet, second_guide)
    sheet_accept(sheet=sheet, by=second_guide)
    response = guide_client.post(reverse("handover:sheet_countersign", args=[sheet.pk]))
    assert response.status_code == 403
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.ACCEPTED


def test_a_guide_cannot_issue_keys(desk, guide_client):
    key = KeyFactory(desk=desk)
    response = guide_client.post(
        reverse("handover:key_issue", args=[key.pk]),
        {"issued_to": "张三", "purpose": "开门", "due_in": "60"},
    )
    assert response.status_code == 403
    assert not KeyLoan.objects.exists()


def test_security_records_lock_changed_but_guides_cannot(desk, guide_client, security_client):
    key = KeyFactory(desk=desk, lock_change_required=True, copies=0)
    url = reverse("handover:key_lock_changed", args=[key.pk])
    assert guide_client.post(url, {"copies": 2}).status_code == 403
    assert security_client.post(url, {"copies": 2, "next": "book"}).status_code == 302
    key.refresh_from_db()
    assert not key.lock_change_required and key.copies == 2


# --- another desk's objects: 404 ----------------------------------------------------------------


def test_guide_gets_404_for_another_desks_sheet_key_and_equipment(
    other_desk, guide_client, supervisor
):
    shift = ShiftFactory(desk=other_desk)
    sheet = sheet_start(desk=other_desk, shift=shift, day=timezone.localdate(), by=supervisor)
    key = KeyFactory(desk=other_desk)
    chair = EquipmentFactory(desk=other_desk)
    loan = equipment_lend(equipment=chair, by=supervisor, borrower_name="张三")
    assert guide_client.get(sheet.get_absolute_url()).status_code == 404
    assert guide_client.post(reverse("handover:sheet_accept", args=[sheet.pk])).status_code == 404
    assert guide_client.post(reverse("handover:key_lost", args=[key.pk])).status_code == 404
    assert guide_client.get(reverse("handover:equipment_lend", args=[chair.pk])).status_code == 404
    assert (
        guide_client.post(reverse("handover:equipment_return", args=[loan.pk])).status_code == 404
    )
    loan.refresh_from_db()
    assert loan.is_open


# --- the sheet through the browser's forms ------------------------------------------------------


def test_cross_without_comment_shows_the_error_next_to_it_and_saves_nothing(
    sheet, guide_client, second_guide
):
    entry = sheet.checklist.first()
    response = _post_sheet(
        guide_client, sheet, marks={entry.pk: ("fault", "")}, incoming=second_guide, sign=True
    )
    assert response.status_code == 200
    assert "a × needs a comment" in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.DRAFT and sheet.incoming is None
    assert not ChecklistEntry.objects.exclude(mark="").exists()


def test_outgoing_saves_and_signs_then_sheet_awaits_acceptance(sheet, guide_client, second_guide):
    entry = sheet.checklist.first()
    response = _post_sheet(
        guide_client,
        sheet,
        marks={entry.pk: ("fault", "3 号轮椅刹车松")},
        incoming=second_guide,
        sign=True,
    )
    assert response.status_code == 302
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.AWAITING
    page = guide_client.get(sheet.get_absolute_url()).content.decode()
    assert "Awaiting acceptance" in page or "等待接班" in page


def test_accepting_your_own_sheet_shows_a_message(sheet, guide_client, second_guide):
    _signed(sheet, second_guide)
    response = guide_client.post(reverse("handover:sheet_accept", args=[sheet.pk]), follow=True)
    assert "cannot accept or refuse your own sheet" in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.AWAITING


def test_refusal_without_reason_shows_the_error(sheet, second_guide):
    _signed(sheet, second_guide)
    client = Client()
    client.force_login(second_guide)
    response = client.post(reverse("handover:sheet_refuse", args=[sheet.pk]), {"reason": " "})
    assert response.status_code == 200
    assert "Say why you refuse" in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.AWAITING


def test_refusal_stands_out_on_the_supervisors_pages(sheet, second_guide, supervisor_client):
    _signed(sheet, second_guide)
    client = Client()
    client.force_login(second_guide)
    client.post(reverse("handover:sheet_refuse", args=[sheet.pk]), {"reason": "轮椅少一台"})
    home = supervisor_client.get(reverse("overview:supervisor_home")).content.decode()
    assert 'id="refusals"' in home and "轮椅少一台" in home
    listing = supervisor_client.get(reverse("handover:sheet_list"), {"status": "refused"})
    assert "fd-row-red" in listing.content.decode()


def test_countersigning_before_acceptance_shows_a_message(sheet, second_guide, supervisor_client):
    _signed(sheet, second_guide)
    response = supervisor_client.post(
        reverse("handover:sheet_countersign", args=[sheet.pk]), follow=True
    )
    assert "has not accepted this sheet yet" in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.AWAITING


def test_second_save_from_a_stale_page_is_refused_and_first_kept(sheet, guide_client, second_guide):
    version = sheet.version
    assert _post_sheet(guide_client, sheet, incoming=second_guide, log="第一次").status_code == 302
    response = _post_sheet(
        guide_client, sheet, incoming=second_guide, log="第二次", version=version
    )
    assert response.status_code == 200
    assert "Someone else saved this sheet" in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.work_log == "第一次"


def test_signed_sheet_changes_only_by_addendum(sheet, guide_client, second_guide):
    _signed(sheet, second_guide)
    response = _post_sheet(guide_client, sheet, incoming=second_guide, log="改写")
    assert "write an addendum instead" in response.content.decode()
    guide_client.post(reverse("handover:sheet_addendum", args=[sheet.pk]), {"text": "补充说明"})
    sheet.refresh_from_db()
    assert sheet.work_log == "" and sheet.addenda.get().text == "补充说明"


def test_start_twice_makes_one_sheet(desk, shift, checklist, guide_client):
    url = reverse("handover:sheet_start")
    guide_client.post(url, {"shift": shift.pk})
    guide_client.post(url, {"shift": shift.pk})
    assert HandoverSheet.objects.count() == 1


# --- keys, equipment, book ----------------------------------------------------------------------


def test_issue_form_shows_errors_next_to_fields(desk, supervisor_client):
    key = KeyFactory(desk=desk)
    response = supervisor_client.post(
        reverse("handover:key_issue", args=[key.pk]),
        {"issued_to": "", "purpose": "", "due_in": "60"},
    )
    page = response.content.decode()
    assert "Write the name of the person who takes the key." in page
    assert not KeyLoan.objects.exists()


def test_returning_a_key_never_issued_shows_a_message(desk, guide_client):
    key = KeyFactory(desk=desk)
    response = guide_client.post(
        reverse("handover:key_return", args=[key.pk]), {"condition": "good"}, follow=True
    )
    assert "was never issued" in response.content.decode()


def test_lost_key_reaches_security(desk, guide_client, supervisor, security_client):
    key = KeyFactory(desk=desk)
    loan = key_issue(
        key=key,
        by=supervisor,
        issued_to="张三",
        purpose="开门",
        due_back_at=timezone.now() + timedelta(hours=1),
    )
    guide_client.post(
        reverse("handover:key_lost", args=[key.pk]), {"loan": loan.pk, "note": "丢了"}
    )
    key.refresh_from_db()
    assert key.lock_change_required
    assert key.code in security_client.get(reverse("handover:security_book")).content.decode()


def test_lend_without_borrower_shows_error_and_lends_nothing(desk, guide_client):
    chair = EquipmentFactory(desk=desk)
    response = guide_client.post(
        reverse("handover:equipment_lend", args=[chair.pk]), {"borrower_name": "", "due_in": "120"}
    )
    assert "Say who borrows it" in response.content.decode()
    assert not EquipmentLoan.objects.exists()


def test_lend_twice_is_refused_with_a_message(desk, guide_client):
    chair = EquipmentFactory(desk=desk, label="WC-09")
    url = reverse("handover:equipment_lend", args=[chair.pk])
    guide_client.post(url, {"borrower_name": "张三", "due_in": "120"})
    response = guide_client.post(url, {"borrower_name": "李四", "due_in": "120"})
    assert "already out" in response.content.decode()
    assert EquipmentLoan.objects.count() == 1


def test_overdue_loan_shows_on_the_board(desk, guide, guide_client):
    chair = EquipmentFactory(desk=desk, label="WC-77")
    now = timezone.now()
    # A loan made two hours ago, due back an hour ago.
    EquipmentLoan.objects.create(
        equipment=chair,
        borrower_name="张三",
        borrower_kind="staff",
        lent_by=guide,
        lent_at=now - timedelta(hours=2),
        due_back_at=now - timedelta(hours=1),
    )
    page = guide_client.get(reverse("overview:board")).content.decode()
    assert 'id="overdue-loans"' in page and "WC-77" in page


def test_security_writes_in_the_book_and_bad_input_is_shown(desk, guide, security_client):
    book = book_hand_over(desk=desk, by=guide)
    url = reverse("handover:security_book")
    response = security_client.post(url, {"book": book.pk, "kind": "complaint", "text": ""})
    assert "Write what the caller said." in response.content.decode()
    assert not AfterHoursEntry.objects.exists()
    security_client.post(url, {"book": book.pk, "kind": "complaint", "text": "夜间噪音"})
    assert AfterHoursEntry.objects.get().text == "夜间噪音"


# --- constant query counts ----------------------------------------------------------------------


def _volume(desk, guide, supervisor, n):
    """n sheets, keys, loans and book entries at the desk."""
    shift = ShiftFactory(desk=desk, name=f"班{n}")
    today = timezone.localdate()
    accepted, refused = HandoverSheet.Status.ACCEPTED, HandoverSheet.Status.REFUSED
    HandoverSheetFactory.create_batch(
        n,
        desk=desk,
        shift=shift,
        date=days_back(n),
        outgoing=guide,
        status=factory.Iterator([accepted, refused, refused]),  # one in three accepted
        refusal_reason="少一台",
        pending={"visits": {"total": 1, "items": []}},
    )
    for i in range(min(n, 60)):
        KeyLoanFactory(key=KeyFactory(desk=desk, code=f"V{n}-{i}"), issued_by=supervisor)
        chair = EquipmentFactory(desk=desk, label=f"V{n}-{i}")
        EquipmentLoanFactory(equipment=chair, lent_by=guide, due_back_at=None)
    book = AfterHoursBookFactory(desk=desk, night_of=today, handed_over_by=guide)
    AfterHoursEntryFactory.create_batch(min(n, 60), book=book, recorded_by=guide)


@pytest.mark.parametrize("n", [10, 40])
def test_pages_run_a_constant_number_of_queries(
    n,
    desk,
    guide,
    supervisor,
    guide_client,
    supervisor_client,
    security_client,
    django_assert_max_num_queries,
):
    _volume(desk, guide, supervisor, n)
    sheet = HandoverSheet.objects.first()
    pages = [
        (supervisor_client, reverse("overview:supervisor_home")),
        (supervisor_client, reverse("handover:sheet_list")),
        (supervisor_client, reverse("handover:sheet_list") + "?status=refused"),
        (supervisor_client, reverse("overview:daily_sheet")),
        (supervisor_client, sheet.get_absolute_url()),
        (guide_client, reverse("handover:desk_sheets")),
        (guide_client, reverse("handover:key_register")),
        (guide_client, reverse("handover:equipment_register")),
        (security_client, reverse("handover:security_book")),
    ]
    for client, url in pages:
        with django_assert_max_num_queries(30):
            assert client.get(url).status_code == 200, url


def test_double_taps_write_one_line(
    desk, guide, sheet, second_guide, supervisor_client, security_client, guide_client
):
    from handover.models import SheetAddendum

    # A double tap sends the same form, with the same hidden token, twice.
    key = KeyFactory(desk=desk, copies=3)
    url = reverse("handover:key_issue", args=[key.pk])
    token = str(uuid.uuid4())
    for _ in range(2):
        supervisor_client.post(
            url, {"issued_to": "张三", "purpose": "开门", "due_in": "60", "form_token": token}
        )
    assert KeyLoan.objects.count() == 1
    book = book_hand_over(desk=desk, by=guide)
    token = str(uuid.uuid4())
    for _ in range(2):
        security_client.post(
            reverse("handover:security_book"),
            {"book": book.pk, "kind": "request", "text": "明早要轮椅", "form_token": token},
        )
    assert AfterHoursEntry.objects.count() == 1
    _signed(sheet, second_guide)
    token = str(uuid.uuid4())
    for _ in range(2):
        guide_client.post(
            reverse("handover:sheet_addendum", args=[sheet.pk]),
            {"text": "补充", "form_token": token},
        )
    assert SheetAddendum.objects.count() == 1


def test_each_role_starts_on_its_handover_page(supervisor_client, security_client):
    assert supervisor_client.get("/").url == reverse("overview:supervisor_home")
    assert security_client.get("/").url == reverse("handover:security_book")


@pytest.mark.parametrize("n", [10, 40])
def test_daily_sheet_counts_visits_in_constant_queries(
    n, desk, guide, supervisor_client, django_assert_max_num_queries
):
    from hospital.models import Department
    from reception.models import Visit, Visitor

    departments = list(Department.objects.all()[:5])
    from datetime import datetime, time

    # Around noon today, so that no visit falls on another day whenever the test runs.
    now = timezone.make_aware(datetime.combine(timezone.localdate(), time(14, 0)))
    # Test rows in bulk: the counts are what is measured, not how visits are logged.
    visitors = Visitor.objects.bulk_create([Visitor(phone=f"139{i:08d}") for i in range(n)])
    Visit.objects.bulk_create(
        [
            Visit(
                visitor=v,
                desk=desk,
                arrived_at=now - timedelta(minutes=i % 300),
                logged_by=guide,
                purpose=Visit.Purpose.SEE_DOCTOR,
                destination=departments[i % 5],
            )
            for i, v in enumerate(visitors)
        ]
    )
    # 20 for the sheet, 4 for aftercare's admission, send-off and follow-up counts.
    with django_assert_max_num_queries(24):
        response = supervisor_client.get(reverse("overview:daily_sheet"), {"desk": desk.pk})
    assert response.status_code == 200
    assert response.context["visits_total"] == n
    assert sum(row["n"] for row in response.context["by_hour"]) == n


def test_lead_countersigns_the_days_accepted_sheets_in_one_tap(
    sheet, second_guide, supervisor_client, guide_client
):
    _signed(sheet, second_guide)
    sheet_accept(sheet=sheet, by=second_guide)
    url = reverse("overview:daily_countersign")
    day = sheet.date.isoformat()
    assert guide_client.post(url, {"date": day}).status_code == 403
    page = supervisor_client.get(reverse("overview:daily_sheet"), {"date": day}).content.decode()
    assert 'id="countersign-day"' in page
    supervisor_client.post(url, {"date": day})
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.COUNTERSIGNED


def test_security_and_managers_get_403_on_every_desk_action(
    sheet, desk, guide, security_client, manager_client
):
    from handover.models import HandoverTask

    key = KeyFactory(desk=desk)
    chair = EquipmentFactory(desk=desk)
    loan = equipment_lend(equipment=chair, by=guide, borrower_name="张三")
    book = book_hand_over(desk=desk, by=guide)
    task = HandoverTask.objects.create(desk=desk, text="x", created_by=guide)
    posts = [
        reverse("handover:sheet_start"),
        sheet.get_absolute_url(),
        reverse("handover:sheet_accept", args=[sheet.pk]),
        reverse("handover:sheet_refuse", args=[sheet.pk]),
        reverse("handover:sheet_countersign", args=[sheet.pk]),
        reverse("handover:sheet_addendum", args=[sheet.pk]),
        reverse("handover:key_issue", args=[key.pk]),
        reverse("handover:key_return", args=[key.pk]),
        reverse("handover:key_lost", args=[key.pk]),
        reverse("handover:equipment_lend", args=[chair.pk]),
        reverse("handover:equipment_return", args=[loan.pk]),
        reverse("handover:book_hand_over"),
        reverse("handover:book_take_back", args=[book.pk]),
        reverse("handover:task_done", args=[task.pk]),
        reverse("overview:daily_countersign"),
    ]
    for client in (security_client, manager_client):
        for url in posts:
            assert client.post(url, {}).status_code == 403, url
    assert (
        manager_client.post(reverse("handover:key_lock_changed", args=[key.pk])).status_code == 403
    )


def test_guide_gets_404_for_another_desks_book_and_task(other_desk, supervisor, guide_client):
    from handover.models import HandoverTask

    book = book_hand_over(desk=other_desk, by=supervisor)
    task = HandoverTask.objects.create(desk=other_desk, text="x", created_by=supervisor)
    assert guide_client.post(reverse("handover:book_take_back", args=[book.pk])).status_code == 404
    assert guide_client.post(reverse("handover:task_done", args=[task.pk])).status_code == 404
    book.refresh_from_db()
    task.refresh_from_db()
    assert book.status == "with_security" and task.done_at is None


def test_htmx_return_swaps_the_row_and_a_second_return_says_why(desk, guide, guide_client):
    chair = EquipmentFactory(desk=desk, label="WC-05")
    loan = equipment_lend(equipment=chair, by=guide, borrower_name="张三")
    url = reverse("handover:equipment_return", args=[loan.pk])
    response = guide_client.post(url, HTTP_HX_REQUEST="true")
    row = response.content.decode()
    assert response.status_code == 200 and "<html" not in row
    assert 'data-equipment="WC-05"' in row and "At the desk" in row
    again = guide_client.post(url, HTTP_HX_REQUEST="true").content.decode()
    assert "was already returned" in again


def test_desk_page_shows_todays_night_sheet_over_last_nights(desk, guide, guide_client):
    night = ShiftFactory(desk=desk, name="夜班", starts_at="18:00", ends_at="08:00")
    today = timezone.localdate()
    sheet_start(desk=desk, shift=night, day=today - timedelta(days=1), by=guide)
    tonight = sheet_start(desk=desk, shift=night, day=today, by=guide)
    rows = guide_client.get(reverse("handover:desk_sheets")).context["rows"]
    assert [r["sheet"] for r in rows if r["shift"] == night] == [tonight]
