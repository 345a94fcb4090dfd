"""What the handover pages show after a day at the desk, read from the server's response.

tests/handover/test_a_day.py goes through the sheets themselves, on their own forms; the key
register, the wheelchair register, the security desk's page and the printed daily sheet are
server output and are checked here.
"""

import re
import shutil
import subprocess
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from handover.models import HandoverSheet
from handover.services import (
    equipment_lend,
    equipment_return,
    key_issue,
    key_report_lost,
    sheet_accept,
    sheet_countersign,
    sheet_refuse,
    sheet_sign_out,
    sheet_start,
    sheet_update,
)
from tests.handover.factories import EquipmentFactory, KeyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(settings) -> None:
    settings.LANGUAGE_CODE = "en"


def _block(html: str, attribute: str, value: str) -> str:
    """Return the element carrying `attribute="value"` up to the next one like it."""
    match = re.search(rf"{attribute}=\"{re.escape(value)}\".*?(?={attribute}=|\Z)", html, re.DOTALL)
    assert match, f"no {attribute}={value} on the page"
    return match.group(0)


def test_a_lost_key_is_marked_on_the_register_and_reaches_the_security_desk(
    desk, supervisor, security, supervisor_client, security_client
) -> None:
    key = KeyFactory(desk=desk, code="K-01", door="资料室")
    key_issue(
        key=key,
        by=supervisor,
        issued_to="保洁 王阿姨",
        purpose="打扫资料室",
        due_back_at=timezone.now() + timedelta(hours=1),
    )
    register = supervisor_client.get(reverse("handover:key_register")).content.decode()
    assert "保洁 王阿姨" in _block(register, "data-key", "K-01")

    key_report_lost(key=key, by=supervisor, note="在停车场丢失")
    register = supervisor_client.get(reverse("handover:key_register")).content.decode()
    assert "lock to be changed" in _block(register, "data-key", "K-01")
    book = security_client.get(reverse("handover:security_book")).content.decode()
    lost = book[book.index('id="lost-keys"') :]
    assert "K-01" in lost[: lost.index("</section>")]


def test_a_lent_wheelchair_shows_its_borrower_until_it_is_returned(
    desk, guide, guide_client
) -> None:
    EquipmentFactory(desk=desk, label="WC-01")
    loan = equipment_lend(
        equipment=EquipmentFactory(desk=desk, label="WC-02"),
        by=guide,
        borrower_name="放射科 张护士",
        due_back_at=timezone.now() + timedelta(hours=1),
    )
    page = guide_client.get(reverse("handover:equipment_register")).content.decode()
    assert "放射科 张护士" in _block(page, "data-equipment", "WC-02")
    assert "At the desk" in _block(page, "data-equipment", "WC-01")

    equipment_return(loan=loan, by=guide)
    page = guide_client.get(reverse("handover:equipment_register")).content.decode()
    assert "At the desk" in _block(page, "data-equipment", "WC-02")


def test_daily_sheet_pdf_carries_the_marks_the_refusal_and_the_names(
    desk, shift, checklist, guide, second_guide, supervisor, supervisor_client
) -> None:
    for user, name in ((guide, "王小雨"), (second_guide, "李晓婷"), (supervisor, "陈领班")):
        user.first_name = name
        user.save()
    sheet = sheet_start(desk=desk, shift=shift, day=timezone.localdate(), by=guide)
    entries = list(sheet.checklist.all())
    marks = {entry.pk: ("ok", "") for entry in entries}
    marks[entries[-1].pk] = ("fault", "折页用完，已申领")

    def write_and_sign(draft: HandoverSheet, work_log: str) -> HandoverSheet:
        written = sheet_update(
            sheet=draft,
            by=guide,
            version=draft.version,
            work_log=work_log,
            incoming=second_guide,
            marks=marks,
        )
        return sheet_sign_out(sheet=written, by=guide)

    sheet = write_and_sign(sheet, "早班接待平稳。")
    sheet = sheet_refuse(sheet=sheet, by=second_guide, reason="轮椅少一台，请核实")
    sheet.refresh_from_db()
    sheet = write_and_sign(sheet, "轮椅 WC-01 在放射科，已电话催还。")
    sheet = sheet_accept(sheet=sheet, by=second_guide)
    sheet_countersign(sheet=sheet, by=supervisor)

    page = supervisor_client.get(reverse("overview:daily_sheet")).content.decode()
    assert "轮椅少一台，请核实" in page
    response = supervisor_client.get(reverse("overview:daily_sheet_pdf"))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) reads the PDF's text")
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=response.content, capture_output=True, check=True
    ).stdout.decode()
    for expected in (
        "折页用完，已申领",
        "轮椅少一台，请核实",
        "王小雨",
        "李晓婷",
        "陈领班",
        "✓",
        "×",
    ):
        assert expected in text, expected
