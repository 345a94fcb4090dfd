"""The complaint lists write their rows in Python: the admin's the same cells Django would write,
the tablet's with what is late, masked and escalated."""

import pytest
from django.contrib.admin.templatetags.admin_list import results
from django.urls import reverse

from complaints import services
from tests.complaints.factories import at, make_complaint

pytestmark = pytest.mark.django_db


def _page(client, query: dict) -> tuple:
    response = client.get(reverse("admin:complaints_complaint_changelist"), query)
    assert response.status_code == 200
    return response.context["cl"], response.content.decode()


@pytest.mark.parametrize(
    "query", [{}, {"status__exact": "received", "o": "-3"}, {"due": "overdue"}]
)
def test_changelist_rows_are_the_cells_djangos_admin_writes(manager_client, guide, query) -> None:
    late = make_complaint(received_by=guide, received_at=at(2025, 9, 30, 16), contact="13812345678")
    fresh = make_complaint(received_by=guide, contact="zhang@example.cn")
    changelist, page = _page(manager_client, query)
    ours = [str(row) for row in changelist.model_admin.result_rows(changelist)]
    djangos = ["".join(str(cell) for cell in row) for row in results(changelist)]
    assert ours == djangos and ours
    assert all(f"<tr>{row}</tr>" in page for row in ours)
    assert late.reference in page
    assert (fresh.reference in page) == (query.get("due") != "overdue")


def test_tablet_rows_show_what_is_late_masked_and_escalated(guide_client, guide, settings) -> None:
    settings.LANGUAGE_CODE = "en"
    late = make_complaint(
        received_by=guide, received_at=at(2025, 9, 30, 16), departments=("GI", "CARD")
    )
    fresh = make_complaint(received_by=guide, contact="zhang@example.cn")
    page = guide_client.get(reverse("complaints:list"), HTTP_ACCEPT_LANGUAGE="en").content
    page = page.decode()
    late_row = page[page.index('<tr class="fd-row-red">') :].split("</tr>", 1)[0]
    assert late.reference in late_row and "138****5678" in late_row
    assert "13812345678" not in page
    assert "escalated</span>" in late_row and "overdue</strong>" in late_row
    assert ", " in late_row  # both departments, by name
    fresh_row = page[page.index(f">{fresh.reference}</a>") :].split("</tr>", 1)[0]
    assert "z***@example.cn" in fresh_row and "escalated" not in fresh_row
    slip = reverse("complaints:slip", args=[fresh.pk])
    assert f'<a class="fw-bold" href="{slip}">{fresh.reference}</a>' in page


def test_tablet_overdue_list_begins_with_the_promise_missed_longest(
    guide_client, guide, manager
) -> None:
    # Received on Monday: its first response was due on Tuesday. Received the Friday before and
    # answered at once: its final answer was due on Wednesday, before the other's.
    unanswered = make_complaint(received_by=guide, received_at=at(2025, 9, 1, 10))
    answered = make_complaint(received_by=guide, received_at=at(2025, 8, 29, 10))
    services.complaint_acknowledge(complaint=answered, by=manager, message="已致电。")
    answered.refresh_from_db()
    assert unanswered.first_response_due < answered.final_answer_due < unanswered.final_answer_due
    page = guide_client.get(reverse("complaints:list")).content.decode()
    overdue = page[page.index('id="overdue-title"') : page.index('id="due-today-title"')]
    assert overdue.index(unanswered.reference) < overdue.index(answered.reference)
