"""A hall display polls as often as HALL_DISPLAY_POLL_SECONDS says: the page hands the setting to
display.js in a data attribute (no inline script under the CSP)."""

import pytest
from django.test import Client
from django.urls import reverse

from hall.services import display_token
from tests.hall.factories import DisplayFactory
from tests.page_forms import attribute_of

pytestmark = pytest.mark.django_db


def _poll_seconds(desk) -> str:
    response = Client().get(
        reverse("hall:display", args=[display_token(DisplayFactory(desk=desk))])
    )
    assert response.status_code == 200
    return attribute_of(response, "hall-screen", "data-poll-seconds")


def test_a_display_polls_every_second_by_default(desk):
    assert _poll_seconds(desk) == "1"


def test_a_display_polls_as_often_as_the_setting_says(desk, settings):
    settings.HALL_DISPLAY_POLL_SECONDS = 3
    assert _poll_seconds(desk) == "3"
