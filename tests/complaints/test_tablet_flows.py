"""A guide takes a complaint on the tablet; a manager works it from the admin to closed.

The forms are the pages' own, submitted as drawn (tests/page_forms.py): the intake, the admin's
action, the steps on the complaint's page. Nothing here needs a browser: the steps are plain
forms in `<details>`, the admin's action a plain form.
"""

import pytest
from django.urls import reverse

from complaints.models import Complaint
from tests.complaints.factories import make_complaint
from tests.page_forms import link_to, page_form, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(settings) -> None:
    settings.LANGUAGE_CODE = "en"


def test_guide_takes_a_complaint_and_prints_the_slip(guide_client, settings) -> None:
    settings.HOSPITAL_PHONE = "0571-88886666"
    intake = guide_client.get(link_to(guide_client.get("/complaints/"), "New complaint"))
    form = page_form(intake, "Record the complaint")
    form.choose("category", "waiting").choose("channel", "phone")
    form.fill("description", "Waited three hours at cardiology.").fill("contact", "abc")
    refused = form.submit(guide_client)
    assert "Enter a phone number" in text_of(refused, "id_contact-error")
    assert not Complaint.objects.exists()

    slip = page_form(refused, "Record the complaint").fill("contact", "13912345678")
    slip = slip.submit(guide_client)
    complaint = Complaint.objects.get()
    assert text_of(slip, "slip-reference") == complaint.reference
    assert text_of(slip, "slip-phone") == "0571-88886666"
    assert complaint.category == "waiting" and complaint.channel == "phone"


def test_manager_acknowledges_resolves_and_closes_in_their_department(
    manager_client, guide
) -> None:
    mine = make_complaint(received_by=guide, departments=("GI",))
    theirs = make_complaint(received_by=guide, departments=("CARD",))
    changelist = manager_client.get(reverse("admin:complaints_complaint_changelist"))
    results = text_of(changelist, "result_list")
    assert mine.reference in results and theirs.reference not in results
    action = page_form(changelist, "Go")
    action.choose("_selected_action", str(mine.pk)).choose("action", "acknowledge")
    acknowledged = action.submit(manager_client)
    assert "acknowledged" in text_of(acknowledged, css_class="messagelist")

    detail = manager_client.get(f"/complaints/{mine.pk}/")
    resolve = page_form(detail, "Record the final answer")
    resolved = resolve.fill("answer", "We apologised and spoke to the nurse.").submit(
        manager_client
    )
    assert text_of(resolved, "complaint-status") == "Resolved"
    follow_up = page_form(resolved, "Record the follow-up").choose("satisfaction", "satisfied")
    assert text_of(follow_up.submit(manager_client), "complaint-status") == "Closed"

    response = manager_client.get(f"/admin/complaints/complaint/{theirs.pk}/change/")
    assert response.status_code == 404
