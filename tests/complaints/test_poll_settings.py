"""The tablet's complaint list refreshes its overdue and due-today sections as often as
COMPLAINTS_LIST_REFRESH_SECONDS says, on the page and in the part htmx swaps in."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _trigger(html: str) -> str:
    found = re.search(r'<div[^>]*id="due-now"[^>]*hx-trigger="([^"]*)"', html)
    assert found, "the due sections carry no refresh"
    return found.group(1)


def test_the_due_sections_refresh_every_minute_by_default(guide_client) -> None:
    response = guide_client.get(reverse("complaints:list"))
    assert response.status_code == 200
    assert _trigger(response.content.decode()) == "every 60s"


def test_the_due_sections_refresh_as_often_as_the_setting_says(guide_client, settings) -> None:
    settings.COMPLAINTS_LIST_REFRESH_SECONDS = 25
    page = guide_client.get(reverse("complaints:list")).content.decode()
    part = guide_client.get(reverse("complaints:list"), HTTP_HX_REQUEST="true").content.decode()
    assert _trigger(page) == _trigger(part) == "every 25s"
