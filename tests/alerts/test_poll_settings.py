"""The bell polls as often as ALERTS_BELL_POLL_SECONDS says: the page hands the setting to
alerts.js in a data attribute (no inline script under the CSP)."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _poll_seconds(html: str) -> str:
    found = re.search(r'<div[^>]*id="fd-alerts"[^>]*data-poll-seconds="([^"]*)"', html)
    assert found, "the bell's live part carries no poll interval"
    return found.group(1)


def test_the_bell_polls_every_four_seconds_by_default(guide_client):
    response = guide_client.get(reverse("alerts:list"))
    assert response.status_code == 200
    assert _poll_seconds(response.content.decode()) == "4"


def test_the_bell_polls_as_often_as_the_setting_says(guide_client, settings):
    settings.ALERTS_BELL_POLL_SECONDS = 9
    assert _poll_seconds(guide_client.get(reverse("alerts:list")).content.decode()) == "9"


def test_the_admins_bell_polls_as_often_as_the_setting_says(admin_client_user, settings):
    settings.ALERTS_BELL_POLL_SECONDS = 7
    response = admin_client_user.get(reverse("admin:index"))
    assert response.status_code == 200
    assert _poll_seconds(response.content.decode()) == "7"
