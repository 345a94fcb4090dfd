"""A guide takes a complaint on the tablet; a manager works it from the admin to closed."""

import pytest
from playwright.sync_api import expect

from complaints.models import Complaint
from tests.complaints.factories import make_complaint

pytestmark = pytest.mark.django_db(transaction=True)


def test_guide_takes_a_complaint_and_prints_the_slip(login, guide, live_server, settings) -> None:
    settings.HOSPITAL_PHONE = "0571-88886666"
    page = login("guide", language="en", to="/complaints/")
    page.get_by_role("link", name="New complaint").click()
    page.locator("label[for=category-waiting]").click()
    page.locator("label[for=channel-phone]").click()
    page.fill("#id_description", "Waited three hours at cardiology.")
    page.fill("#id_contact", "abc")
    page.get_by_role("button", name="Record the complaint").click()
    expect(page.locator("#id_contact-error")).to_contain_text("Enter a phone number")
    assert not Complaint.objects.exists()
    page.fill("#id_contact", "13912345678")
    page.get_by_role("button", name="Record the complaint").click()
    complaint = Complaint.objects.get()
    expect(page.locator("#slip-reference")).to_have_text(complaint.reference)
    expect(page.locator("#slip-phone")).to_have_text("0571-88886666")
    assert complaint.category == "waiting" and complaint.channel == "phone"


def test_manager_acknowledges_resolves_and_closes_in_their_department(
    login, manager, guide, live_server
) -> None:
    mine = make_complaint(received_by=guide, departments=("GI",))
    theirs = make_complaint(received_by=guide, departments=("CARD",))
    page = login("manager", language="en", to="/admin/complaints/complaint/")
    expect(page.locator("#result_list")).to_contain_text(mine.reference)
    expect(page.locator("#result_list")).not_to_contain_text(theirs.reference)
    page.locator(f"input[name=_selected_action][value='{mine.pk}']").check()
    page.select_option("select[name=action]", "acknowledge")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist")).to_contain_text("acknowledged")

    page.goto(f"{live_server.url}/complaints/{mine.pk}/")
    page.get_by_text("Resolve: give the final answer").click()
    page.fill("#id_answer", "We apologised and spoke to the nurse.")
    page.get_by_role("button", name="Record the final answer").click()
    expect(page.locator("#complaint-status")).to_have_text("Resolved")
    page.get_by_text("Follow up with the complainant and close").click()
    page.locator("label[for=satisfaction-satisfied]").click()
    page.get_by_role("button", name="Record the follow-up").click()
    expect(page.locator("#complaint-status")).to_have_text("Closed")

    response = page.goto(f"{live_server.url}/admin/complaints/complaint/{theirs.pk}/change/")
    assert response.status == 404
