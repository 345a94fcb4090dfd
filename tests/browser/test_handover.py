"""A day at the desk, as a new user would try it: two shifts, a ×, a refusal then an acceptance,
the countersignature, a lost key, a wheelchair lent and returned, and the printed PDF."""

import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from handover.models import (
    ChecklistTemplate,
    ChecklistTemplateItem,
    Equipment,
    HandoverSheet,
    Key,
    Shift,
)

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/fd-handover-browser")


@pytest.fixture
def day_setup(desk, guide, second_guide, supervisor, security):
    Shift.objects.create(desk=desk, name="早班", starts_at="08:00", ends_at="12:00", sort_order=1)
    Shift.objects.create(desk=desk, name="午班", starts_at="12:00", ends_at="18:00", sort_order=2)
    template = ChecklistTemplate.objects.create(name="导医台交接检查")
    for order, label in enumerate(["台面整洁", "轮椅已清点", "宣传资料已补充"]):
        ChecklistTemplateItem.objects.create(template=template, label=label, sort_order=order)
    Key.objects.create(desk=desk, code="K-01", door="资料室", copies=2)
    Equipment.objects.create(desk=desk, kind="wheelchair", label="WC-01")
    for user, name in ((guide, "王小雨"), (second_guide, "李晓婷"), (supervisor, "陈领班")):
        user.first_name = name
        user.save()


def _log_out(page):
    page.click("header button[type=submit]")
    page.wait_for_load_state("networkidle")


def _write_and_sign(page, live_server, shift_name, incoming_name, fault_comment=None):
    page.goto(f"{live_server.url}/handover/shift/")
    page.locator(".list-group-item", has_text=shift_name).get_by_role("button").click()
    page.select_option("#id_incoming", label=incoming_name)
    page.fill("#id_work_log", f"{shift_name}接待平稳。")
    rows = page.locator("#checklist tbody tr")
    for i in range(rows.count()):
        row = rows.nth(i)
        if fault_comment is not None and i == 2:
            row.locator("label", has_text="×").click()
        else:
            row.locator("label", has_text="✓").click()
    if fault_comment is not None:
        # First without the comment: refused, next to the line.
        page.click("button[name=sign]")
        expect(page.locator("#checklist")).to_contain_text("a × needs a comment")
        page.locator("#checklist tbody tr").nth(2).locator("input[type=text]").fill(fault_comment)
    page.click("button[name=sign]")
    expect(page.locator("#sheet-status")).to_contain_text("Awaiting acceptance")


def test_a_day_of_handover(login, live_server, day_setup, page):
    SHOTS.mkdir(exist_ok=True)
    # Morning shift: the guide writes it up with a × and signs.
    login("guide", language="en")
    _write_and_sign(page, live_server, "早班", "李晓婷", fault_comment="折页用完，已申领")
    _log_out(page)

    # The incoming colleague refuses with a reason.
    login("guide2", language="en")
    page.goto(f"{live_server.url}/handover/shift/")
    page.locator("#waiting-for-me a").first.click()
    page.click("text=Refuse the shift")
    expect(page.locator("#answer")).to_contain_text("Say why you refuse")
    page.fill("textarea[name=reason]", "轮椅少一台，请核实")
    page.click("text=Refuse the shift")
    expect(page.locator("#sheet-status")).to_contain_text("Refused")
    _log_out(page)

    # The outgoing puts it right and signs again; the incoming accepts.
    login("guide", language="en")
    page.goto(f"{live_server.url}/handover/shift/")
    page.locator(".alert-danger a").first.click()
    page.fill("#id_work_log", "轮椅 WC-01 在放射科，已电话催还。")
    page.click("button[name=sign]")
    expect(page.locator("#sheet-status")).to_contain_text("Awaiting acceptance")
    # Meanwhile, a wheelchair is lent to a colleague and comes back.
    page.goto(f"{live_server.url}/handover/equipment/")
    page.locator("[data-equipment='WC-01']").get_by_role("link", name="Lend").click()
    page.click("button[type=submit]:has-text('Lend it')")
    expect(page.locator(".invalid-feedback")).to_contain_text("Say who borrows it")
    page.fill("#id_borrower_name", "放射科 张护士")
    page.click("text=in 1 hour")
    page.click("button[type=submit]:has-text('Lend it')")
    expect(page.locator("[data-equipment='WC-01']")).to_contain_text("放射科 张护士")
    page.locator("[data-equipment='WC-01']").get_by_role("button", name="Returned").click()
    expect(page.locator("[data-equipment='WC-01']")).to_contain_text("At the desk")
    _log_out(page)

    login("guide2", language="en")
    page.goto(f"{live_server.url}/handover/shift/")
    page.locator("#waiting-for-me a").first.click()
    page.click("text=I have checked it: accept the shift")
    expect(page.locator("#sheet-status")).to_contain_text("Accepted")
    # Afternoon shift: guide2 hands over to guide, all ✓.
    _write_and_sign(page, live_server, "午班", "王小雨")
    _log_out(page)

    login("guide", language="en")
    page.goto(f"{live_server.url}/handover/shift/")
    page.locator("#waiting-for-me a").first.click()
    page.click("text=I have checked it: accept the shift")
    expect(page.locator("#sheet-status")).to_contain_text("Accepted")
    _log_out(page)

    # The shift lead countersigns both from the start page, issues a key, and it is lost.
    login("supervisor", language="en")
    expect(page.locator("#to-countersign")).to_contain_text("(2)")
    for _ in range(2):
        page.locator("#to-countersign").get_by_role("button", name="Countersign").first.click()
        page.wait_for_load_state("networkidle")
    expect(page.locator("#to-countersign")).to_contain_text("(0)")
    assert HandoverSheet.objects.filter(status="countersigned").count() == 2
    page.goto(f"{live_server.url}/handover/keys/")
    page.locator("[data-key='K-01']").get_by_role("link", name="Issue").click()
    page.fill("#id_issued_to", "保洁 王阿姨")
    page.fill("#id_purpose", "打扫资料室")
    page.click("button[type=submit]:has-text('Issue the key')")
    expect(page.locator("[data-key='K-01']")).to_contain_text("保洁 王阿姨")
    page.locator("[data-key='K-01'] input[name=note]").fill("在停车场丢失")
    page.click("text=Report lost")
    expect(page.locator(".alert-warning")).to_contain_text("reported lost")
    expect(page.locator("[data-key='K-01']")).to_contain_text("lock to be changed")
    # The daily sheet, on screen and as a PDF.
    page.goto(f"{live_server.url}/handover/daily/")
    expect(page.locator(".fd-sheet")).to_contain_text("轮椅少一台，请核实")
    page.screenshot(path=str(SHOTS / "daily-sheet.png"), full_page=True)
    with page.expect_download() as download_info:
        page.click("#pdf-link")
    pdf = SHOTS / "daily-sheet.pdf"
    download_info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    _log_out(page)

    # The security desk sees the lost key at once.
    login("security", language="en")
    expect(page.locator("#lost-keys")).to_contain_text("K-01")

    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(SHOTS / "pdf")], check=True)
        pages = sorted(SHOTS.glob("pdf-*.png"))
        assert pages, "the PDF rendered to no page"
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
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
