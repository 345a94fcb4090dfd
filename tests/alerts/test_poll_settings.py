"""The bell polls as often as ALERTS_BELL_POLL_SECONDS says: the page hands the setting to
alerts.js in a data attribute (no inline script under the CSP)."""

import pytest
from django.urls import reverse

from tests.page_forms import attribute_of

pytestmark = pytest.mark.django_db


def _poll_seconds(response) -> str:
    assert response.status_code == 200
    return attribute_of(response, "fd-alerts", "data-poll-seconds")


def test_the_bell_polls_every_four_seconds_by_default(guide_client):
    assert _poll_seconds(guide_client.get(reverse("alerts:list"))) == "4"


def test_the_bell_polls_as_often_as_the_setting_says(guide_client, settings):
    settings.ALERTS_BELL_POLL_SECONDS = 9
    assert _poll_seconds(guide_client.get(reverse("alerts:list"))) == "9"


def test_the_admins_bell_polls_as_often_as_the_setting_says(admin_client_user, settings):
    settings.ALERTS_BELL_POLL_SECONDS = 7
    assert _poll_seconds(admin_client_user.get(reverse("admin:index"))) == "7"
