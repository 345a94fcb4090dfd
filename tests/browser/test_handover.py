"""A day of shift sheets on the tablet, as a new user would try it: two shifts, a × refused
without its comment, a refusal then an acceptance, and the countersignatures from the start page.

The key and wheelchair registers, the security desk's page and the printed PDF are server output:
tests/handover/test_ui_flows.py checks them without a browser.
"""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from handover.models import HandoverSheet, Shift
from handover.services import sheet_accept, sheet_sign_out, sheet_start, sheet_update
from tests.handover.factories import ChecklistTemplateFactory, ShiftFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def day_setup(desk, guide, second_guide, supervisor):
    ShiftFactory(desk=desk, name="早班", starts_at="08:00", ends_at="12:00", sort_order=1)
    ShiftFactory(desk=desk, name="午班", starts_at="12:00", ends_at="18:00", sort_order=2)
    ChecklistTemplateFactory(labels=["台面整洁", "轮椅已清点", "宣传资料已补充"])
    for user, name in ((guide, "王小雨"), (second_guide, "李晓婷"), (supervisor, "陈领班")):
        user.first_name = name
        user.save()


def _log_out(page):
    page.click("header button[type=submit]")
    page.wait_for_url("**/accounts/login/**")


def _write_and_sign(page, shift_name, incoming_name, fault_comment=None):
    """On the shift page (already open): start the shift's sheet, write it up, sign it out."""
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


def _afternoon_sheet_accepted(desk, *, outgoing, incoming) -> None:
    shift = Shift.objects.get(desk=desk, name="午班")
    sheet = sheet_start(desk=desk, shift=shift, day=timezone.localdate(), by=outgoing)
    sheet = sheet_update(
        sheet=sheet,
        by=outgoing,
        version=sheet.version,
        work_log="午班接待平稳。",
        incoming=incoming,
        marks={entry.pk: ("ok", "") for entry in sheet.checklist.all()},
    )
    sheet_accept(sheet=sheet_sign_out(sheet=sheet, by=outgoing), by=incoming)


def test_a_day_of_handover(login, live_server, day_setup, page, desk, guide, second_guide):
    # Morning shift: the guide writes it up with a × and signs.
    login("guide", language="en", to="/handover/shift/")
    _write_and_sign(page, "早班", "李晓婷", fault_comment="折页用完，已申领")
    _log_out(page)

    # The incoming colleague refuses with a reason.
    login("guide2", language="en", to="/handover/shift/")
    page.locator("#waiting-for-me a").first.click()
    page.click("text=Refuse the shift")
    expect(page.locator("#answer")).to_contain_text("Say why you refuse")
    page.fill("textarea[name=reason]", "轮椅少一台，请核实")
    page.click("text=Refuse the shift")
    expect(page.locator("#sheet-status")).to_contain_text("Refused")
    _log_out(page)

    # The outgoing puts it right and signs again; the incoming accepts.
    login("guide", language="en", to="/handover/shift/")
    page.locator(".alert-danger a").first.click()
    page.fill("#id_work_log", "轮椅 WC-01 在放射科，已电话催还。")
    page.click("button[name=sign]")
    expect(page.locator("#sheet-status")).to_contain_text("Awaiting acceptance")
    _log_out(page)

    login("guide2", language="en", to="/handover/shift/")
    page.locator("#waiting-for-me a").first.click()
    page.click("text=I have checked it: accept the shift")
    expect(page.locator("#sheet-status")).to_contain_text("Accepted")
    _log_out(page)
    # The afternoon sheet is the same screens, all ✓: written through the services to save time.
    _afternoon_sheet_accepted(desk, outgoing=second_guide, incoming=guide)

    # The shift lead countersigns both from the start page; the daily sheet shows the day.
    login("supervisor", language="en")
    expect(page.locator("#to-countersign")).to_contain_text("(2)")
    for left in (1, 0):
        page.locator("#to-countersign").get_by_role("button", name="Countersign").first.click()
        expect(page.locator("#to-countersign")).to_contain_text(f"({left})")
    assert HandoverSheet.objects.filter(status="countersigned").count() == 2
    page.goto(f"{live_server.url}/handover/daily/")
    expect(page.locator(".fd-sheet")).to_contain_text("轮椅少一台，请核实")
