"""The tablet's complaint list refreshes its overdue and due-today sections as often as
COMPLAINTS_LIST_REFRESH_SECONDS says, on the page and in the part htmx swaps in."""

import pytest
from django.urls import reverse

from tests.page_forms import attribute_of

pytestmark = pytest.mark.django_db


def _trigger(response) -> str:
    assert response.status_code == 200
    return attribute_of(response, "due-now", "hx-trigger")


def test_the_due_sections_refresh_every_minute_by_default(guide_client) -> None:
    assert _trigger(guide_client.get(reverse("complaints:list"))) == "every 60s"


def test_the_due_sections_refresh_as_often_as_the_setting_says(guide_client, settings) -> None:
    settings.COMPLAINTS_LIST_REFRESH_SECONDS = 25
    page = guide_client.get(reverse("complaints:list"))
    part = guide_client.get(reverse("complaints:list"), HTTP_HX_REQUEST="true")
    assert _trigger(page) == _trigger(part) == "every 25s"
