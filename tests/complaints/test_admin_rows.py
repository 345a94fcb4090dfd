"""The complaint changelist writes its rows itself: the same cells Django's admin would write."""

import pytest
from django.contrib.admin.templatetags.admin_list import results
from django.urls import reverse

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
