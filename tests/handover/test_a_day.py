"""A day of shift sheets at the desk, as a new user would go through it: two shifts, a × refused
without its comment, a refusal then an acceptance, and the countersignatures from the start page.

Each person works in their own session on the pages' own forms, submitted as drawn
(tests/page_forms.py): the sheets are plain forms, nothing on them needs a browser.
"""

import pytest
from django.test import Client
from django.utils import timezone

from handover.models import HandoverSheet, Shift
from handover.services import sheet_accept, sheet_sign_out, sheet_start
from tests.handover.factories import ChecklistTemplateFactory, ShiftFactory
from tests.handover.sheets import ready
from tests.page_forms import first_link_in, page_form, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(settings) -> None:
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def day_setup(desk, guide, second_guide, supervisor):
    ShiftFactory(desk=desk, name="早班", starts_at="08:00", ends_at="12:00", sort_order=1)
    ShiftFactory(desk=desk, name="午班", starts_at="12:00", ends_at="18:00", sort_order=2)
    ChecklistTemplateFactory(labels=["台面整洁", "轮椅已清点", "宣传资料已补充"])
    for user, name in ((guide, "王小雨"), (second_guide, "李晓婷"), (supervisor, "陈领班")):
        user.first_name = name
        user.save()


def _session(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _write_and_sign(client: Client, desk, shift_name: str, incoming: str, fault_comment: str):
    """From the shift page: start the shift's sheet, write it up with a ×, sign it out."""
    shift = Shift.objects.get(desk=desk, name=shift_name)
    start = page_form(client.get("/handover/shift/"), "Start", having={"shift": str(shift.pk)})
    sheet = start.submit(client)
    form = page_form(sheet, "Save and sign as outgoing").choose_label("incoming", incoming)
    form.fill("work_log", f"{shift_name}接待平稳。")
    marks = form.names("radio")
    assert len(marks) == 3, marks
    for i, mark in enumerate(marks):
        form.choose(mark, "fault" if i == 2 else "ok")
    # First without the comment: refused, next to the line.
    refused = form.submit(client)
    assert "a × needs a comment" in text_of(refused, "checklist")
    form = page_form(refused, "Save and sign as outgoing")
    comments = [name for name in form.names("text") if "comment" in name]
    signed = form.fill(comments[2], fault_comment).submit(client)
    assert "Awaiting acceptance" in text_of(signed, "sheet-status")


def _afternoon_sheet_accepted(desk, *, outgoing, incoming) -> None:
    shift = Shift.objects.get(desk=desk, name="午班")
    sheet = sheet_start(desk=desk, shift=shift, day=timezone.localdate(), by=outgoing)
    sheet = ready(sheet, incoming, {entry.pk: ("ok", "") for entry in sheet.checklist.all()})
    sheet_accept(sheet=sheet_sign_out(sheet=sheet, by=outgoing), by=incoming)


def test_a_day_of_handover(day_setup, desk, guide, second_guide, supervisor) -> None:
    outgoing, incoming = _session(guide), _session(second_guide)
    # Morning shift: the guide writes it up with a × and signs.
    _write_and_sign(outgoing, desk, "早班", "李晓婷", fault_comment="折页用完，已申领")

    # The incoming colleague refuses with a reason.
    waiting = incoming.get("/handover/shift/")
    sheet = incoming.get(first_link_in(waiting, "waiting-for-me"))
    without_reason = page_form(sheet, "Refuse the shift").submit(incoming)
    assert "Say why you refuse" in text_of(without_reason, "answer")
    form = page_form(without_reason, "Refuse the shift").fill("reason", "轮椅少一台，请核实")
    assert "Refused" in text_of(form.submit(incoming), "sheet-status")

    # The outgoing puts it right and signs again; the incoming accepts.
    refused = outgoing.get(
        first_link_in(outgoing.get("/handover/shift/"), css_class="alert-danger")
    )
    form = page_form(refused, "Save and sign as outgoing")
    form.fill("work_log", "轮椅 WC-01 在放射科，已电话催还。")
    assert "Awaiting acceptance" in text_of(form.submit(outgoing), "sheet-status")

    sheet = incoming.get(first_link_in(incoming.get("/handover/shift/"), "waiting-for-me"))
    accepted = page_form(sheet, "I have checked it: accept the shift").submit(incoming)
    assert "Accepted" in text_of(accepted, "sheet-status")
    # The afternoon sheet is the same screens, all ✓: written through the services to save time.
    _afternoon_sheet_accepted(desk, outgoing=second_guide, incoming=guide)

    # The shift lead countersigns both from the start page; the daily sheet shows the day.
    lead = _session(supervisor)
    home = lead.get("/", follow=True)  # the lead's start page
    assert "(2)" in text_of(home, "to-countersign")
    for left in (1, 0):
        home = page_form(home, "Countersign").submit(lead)
        assert f"({left})" in text_of(home, "to-countersign")
    assert HandoverSheet.objects.filter(status="countersigned").count() == 2
    assert "轮椅少一台，请核实" in text_of(lead.get("/handover/daily/"), css_class="fd-sheet")
