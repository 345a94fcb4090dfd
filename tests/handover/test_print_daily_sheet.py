"""The printed daily sheet reads right: events in order, bars to scale, nothing empty or
internal, a lost key shown as lost, names kept whole."""

import datetime as dt
import re
import shutil
import subprocess
import zlib

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from complaints.models import Complaint
from handover.services import (
    key_report_lost,
    sheet_accept,
    sheet_countersign,
    sheet_refuse,
    sheet_sign_out,
)
from hospital.clock import day_bounds
from tests.complaints.factories import make_complaint
from tests.handover.factories import (
    AfterHoursBookFactory,
    AfterHoursEntryFactory,
    KeyFactory,
    KeyLoanFactory,
    ShiftFactory,
)
from tests.handover.sheets import ready
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db


def _page(client, **query) -> str:
    query.setdefault("date", timezone.localdate().isoformat())
    response = client.get(reverse("overview:daily_sheet"), query)
    assert response.status_code == 200
    return response.content.decode()


def test_events_print_in_order_with_the_refusal_reason_and_a_second_signature(
    supervisor_client, sheet, second_guide, mark_all, supervisor, desk
) -> None:
    sheet = ready(sheet, second_guide, mark_all(sheet))
    sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    sheet_refuse(sheet=sheet, by=second_guide, reason="轮椅少一台")
    sheet.refresh_from_db()
    sheet = ready(sheet, second_guide, mark_all(sheet))
    sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    sheet_accept(sheet=sheet, by=second_guide)
    sheet_countersign(sheet=sheet, by=supervisor)

    page = _page(supervisor_client, desk=desk.pk)
    rows = re.findall(r'<tr class="fd-event-(\w+)[^"]*">(.*?)</tr>', page, re.S)
    assert [kind for kind, _ in rows] == [
        "signed_out",
        "refused",
        "signed_out",
        "accepted",
        "countersigned",
    ]
    assert "Signed by the outgoing" in rows[0][1]
    assert "轮椅少一台" in rows[1][1] and "Refused by the incoming" in rows[1][1]
    assert "Signed again by the outgoing" in rows[2][1]
    for _kind, cells in rows:
        assert re.search(r"\d\d-\d\d \d\d:\d\d", cells)  # every event has its time


def test_hour_bars_are_as_long_as_the_hour_is_busy(supervisor_client, desk) -> None:
    start, _end = day_bounds(timezone.localdate())
    for minutes in (9 * 60 + 5, 9 * 60 + 10, 9 * 60 + 20, 9 * 60 + 40, 10 * 60 + 5):
        VisitFactory(desk=desk, arrived_at=start + dt.timedelta(minutes=minutes))
    page = _page(supervisor_client, desk=desk.pk)
    widths = re.findall(r'<svg class="fd-bar"[^>]*>\s*<rect width="(\d+)"', page)
    assert widths == ["100", "25"]  # four visitors at 09:00, one at 10:00


def test_all_desks_names_shifts_without_a_sheet_on_one_line_unless_asked(
    supervisor_client, sheet, desk
) -> None:
    ShiftFactory(desk=desk, name="午班", starts_at=dt.time(12), ends_at=dt.time(18))
    ShiftFactory(desk=desk, name="夜班", starts_at=dt.time(18), ends_at=dt.time(8))
    page = _page(supervisor_client)
    assert "No sheet for this shift." not in page
    line = re.search(r'id="without-sheet-\d+">(.*?)</p>', page, re.S)
    assert line and re.sub(r"\s+", "", line.group(1)) == "Nosheetfor:午班,夜班"
    asked = _page(supervisor_client, empty="1")
    assert asked.count("No sheet for this shift.") == 2
    one_desk = _page(supervisor_client, desk=desk.pk)
    assert one_desk.count("No sheet for this shift.") == 2


def test_a_lost_key_prints_as_lost_not_returned(supervisor_client, desk, supervisor) -> None:
    key = KeyFactory(desk=desk, door="药房后门")
    KeyLoanFactory(key=key, issued_by=supervisor)
    key_report_lost(key=key, by=supervisor)
    page = _page(supervisor_client, desk=desk.pk)
    cell = re.search(r'<td class="fd-fault fd-lost">(.*?)</td>', page, re.S)
    assert cell and "Lost (reported" in cell.group(1)


def test_an_after_hours_complaint_prints_its_reference_not_its_id(
    supervisor_client, desk, guide
) -> None:
    complaint = make_complaint(received_by=guide)
    book = AfterHoursBookFactory(desk=desk, night_of=timezone.localdate() - dt.timedelta(days=1))
    AfterHoursEntryFactory(book=book, kind="complaint", complaint_id=complaint.pk)
    page = _page(supervisor_client, desk=desk.pk)
    assert complaint.reference in page
    assert f"#{complaint.pk}<" not in page and f"#{complaint.pk} " not in page
    assert Complaint.objects.count() == 1


def test_names_are_marked_not_to_break(supervisor_client, sheet, second_guide, mark_all) -> None:
    sheet = ready(sheet, second_guide, mark_all(sheet))
    sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    page = _page(supervisor_client, desk=sheet.desk_id)
    name = sheet.outgoing.get_full_name() or sheet.outgoing.username
    assert f'<strong class="fd-name">{name}</strong>' in page


def test_the_pdf_scales_the_bars_too(supervisor_client, desk) -> None:
    start, _end = day_bounds(timezone.localdate())
    VisitFactory(desk=desk, arrived_at=start + dt.timedelta(hours=9))
    VisitFactory(desk=desk, arrived_at=start + dt.timedelta(hours=9, minutes=5))
    VisitFactory(desk=desk, arrived_at=start + dt.timedelta(hours=11))
    response = supervisor_client.get(reverse("overview:daily_sheet_pdf"), {"desk": desk.pk})
    assert response.content.startswith(b"%PDF")


def test_hours_count_every_department_and_departments_every_hour(desk) -> None:
    """One pass counts both: each hour sums the visits of all departments (and of none)."""
    from handover.reports import daily_sheet
    from tests.hospital.factories import DepartmentFactory

    start, _end = day_bounds(timezone.localdate())
    eye, ear = DepartmentFactory(), DepartmentFactory()
    for department, hour in [(eye, 9), (eye, 9), (eye, 14), (ear, 9), (ear, 14), (None, 14)]:
        VisitFactory(desk=desk, destination=department, arrived_at=start + dt.timedelta(hours=hour))
    data = daily_sheet(day=timezone.localdate(), desk=desk)
    assert [(row["department"], row["n"]) for row in data["by_department"]] == [
        (eye, 3),
        (ear, 2),
        (None, 1),
    ]
    assert [(row["hour"], row["n"], row["width"]) for row in data["by_hour"]] == [
        (9, 3, 100),
        (14, 3, 100),
    ]
    assert data["visits_total"] == 6


def test_pdfs_in_a_row_reuse_fonts_and_print_the_same(supervisor_client, desk) -> None:
    VisitFactory(desk=desk, arrived_at=day_bounds(timezone.localdate())[0] + dt.timedelta(hours=9))
    url = reverse("overview:daily_sheet_pdf")
    first = supervisor_client.get(url, {"desk": desk.pk})
    second = supervisor_client.get(url, {"desk": desk.pk})
    assert first.content.startswith(b"%PDF") and second.content.startswith(b"%PDF")
    # Only the creation date may differ between two prints of the same sheet.
    assert abs(len(first.content) - len(second.content)) < 64


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_the_pdf_names_every_department_with_its_count_in_each_language(
    supervisor_client, desk, language
) -> None:
    """On paper the departments run on as one paragraph: each name stays beside its count."""
    from tests.hospital.factories import DepartmentFactory

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) reads the PDF's text")
    start, _end = day_bounds(timezone.localdate())
    departments = [DepartmentFactory() for _ in range(12)]
    for n, department in enumerate(departments):
        for minute in range(n % 3 + 1):
            VisitFactory(
                desk=desk,
                destination=department,
                arrived_at=start + dt.timedelta(hours=9, minutes=minute),
            )
    VisitFactory(desk=desk, destination=None, arrived_at=start + dt.timedelta(hours=10))
    supervisor_client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = supervisor_client.get(reverse("overview:daily_sheet_pdf"), {"desk": desk.pk})
    assert response.status_code == 200
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=response.content, capture_output=True, check=True
    ).stdout.decode()
    flat = re.sub(r"\s+", "", text)
    with translation.override(language):
        assert re.sub(r"\s+", "", f"{translation.gettext('Visitors')}: 25") in flat
        assert re.sub(r"\s+", "", f"{translation.gettext('Not routed')} 1") in flat
        for n, department in enumerate(departments):
            assert re.sub(r"\s+", "", f"{department.name} {n % 3 + 1}") in flat, department.name


def _embedded_fonts(pdf: bytes) -> set[str]:
    """Return the names of the fonts the PDF embeds (without the subset's tag)."""
    streams = b""
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            streams += zlib.decompress(stream)
        except zlib.error:
            continue
    names = re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([^\s/\]>]+)", pdf + streams)
    return {name.decode() for name in names}


def test_the_pdf_prints_simplified_chinese_in_the_cut_down_face_and_a_rare_name_in_full(
    supervisor_client, sheet, guide
) -> None:
    from hospital.records import save_as

    url = reverse("overview:daily_sheet_pdf")
    query = {"date": sheet.date.isoformat(), "desk": sheet.desk_id}
    sheet.work_log = "两台轮椅外借，已登记。"
    save_as(sheet, guide)
    assert _embedded_fonts(supervisor_client.get(url, query).content) == {
        "Sheet-Sans-SC",
        "Sheet-Sans-SC-Bold",
    }
    # 堃 is a common name's character outside GB 2312: it comes from the full face, not a box.
    sheet.work_log = "交给王堃"
    save_as(sheet, guide)
    assert "Noto-Sans-CJK-SC" in _embedded_fonts(supervisor_client.get(url, query).content)
