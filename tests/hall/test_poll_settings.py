"""A hall display polls as often as HALL_DISPLAY_POLL_SECONDS says: the page hands the setting to
display.js in a data attribute (no inline script under the CSP)."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from hall.services import display_token
from tests.hall.factories import DisplayFactory

pytestmark = pytest.mark.django_db


def _poll_seconds(html: str) -> str:
    found = re.search(r'<main[^>]*id="hall-screen"[^>]*data-poll-seconds="([^"]*)"', html)
    assert found, "the display's screen carries no poll interval"
    return found.group(1)


def _page(desk) -> str:
    response = Client().get(
        reverse("hall:display", args=[display_token(DisplayFactory(desk=desk))])
    )
    assert response.status_code == 200
    return response.content.decode()


def test_a_display_polls_every_second_by_default(desk):
    assert _poll_seconds(_page(desk)) == "1"


def test_a_display_polls_as_often_as_the_setting_says(desk, settings):
    settings.HALL_DISPLAY_POLL_SECONDS = 3
    assert _poll_seconds(_page(desk)) == "3"
