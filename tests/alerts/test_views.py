"""The bell on every page, the alerts page, the one-tap acknowledgement and the live poll."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from alerts.models import Alert, Delivery, Level
from alerts.services import alert_acknowledge
from tests.alerts.factories import AlertFactory, DeliveryFactory
from tests.hospital.factories import UserFactory

pytestmark = pytest.mark.django_db


def deliver(user, n=1, level=Level.URGENT, **kwargs):
    return [DeliveryFactory(user=user, alert__level=level, level=level, **kwargs) for _ in range(n)]


def test_every_page_has_the_bell_at_no_query_cost(guide_client, guide):
    deliver(guide, 2)
    with CaptureQueriesContext(connection) as page:
        response = guide_client.get(reverse("password_change"))
    assert response.status_code == 200
    assert 'id="fd-alerts"' in response.content.decode()
    assert reverse("alerts:poll") in response.content.decode()
    assert not [q for q in page.captured_queries if "alerts_" in q["sql"]]


def test_the_poll_gives_the_open_count_and_the_urgent_banner(guide_client, guide):
    deliver(guide, 2, level=Level.WARNING)
    urgent = deliver(guide)[0]
    data = guide_client.get(reverse("alerts:poll")).json()
    assert (data["waiting"], data["urgent"]) == (3, 1)
    assert data["label"] == "3 open alerts"
    assert urgent.alert.subject in data["banner"]
    assert reverse("alerts:acknowledge", args=[urgent.alert.pk]) in data["banner"]


def test_no_bell_for_someone_without_a_role(client):
    nobody = UserFactory(username="nobody")
    client.force_login(nobody)
    assert client.get(reverse("alerts:list")).status_code == 403


def test_a_page_runs_the_same_queries_with_one_alert_or_many(
    guide_client, guide, django_assert_num_queries
):
    deliver(guide, 1)
    guide_client.get(reverse("alerts:list"))
    with CaptureQueriesContext(connection) as one:
        guide_client.get(reverse("alerts:list"))
    deliver(guide, 60, level=Level.WARNING)
    deliver(guide, 10)
    with django_assert_num_queries(len(one.captured_queries)):
        response = guide_client.get(reverse("alerts:list"))
    assert response.status_code == 200


def test_acknowledging_by_one_tap_clears_the_bell_of_everyone_it_was_sent_to(
    guide_client, guide, second_guide
):
    alert = AlertFactory()
    DeliveryFactory(alert=alert, user=guide)
    DeliveryFactory(alert=alert, user=second_guide)
    url = reverse("alerts:acknowledge", args=[alert.pk])
    response = guide_client.post(url, {"next": reverse("alerts:list") + "?show=all"})
    assert response.status_code == 302
    assert response["Location"] == reverse("alerts:list") + "?show=all"
    alert.refresh_from_db()
    assert alert.acknowledged_by == guide
    assert not Delivery.objects.waiting().exists()
    # A double tap: nothing changes, no error.
    assert guide_client.post(url).status_code == 302
    page = guide_client.get(reverse("alerts:list") + "?show=all").content.decode()
    assert "Acknowledged by" in page


def test_someone_elses_alert_cannot_be_acknowledged(guide_client, supervisor):
    alert = deliver(supervisor)[0].alert
    url = reverse("alerts:acknowledge", args=[alert.pk])
    assert guide_client.post(url).status_code == 404
    assert guide_client.get(url).status_code == 405
    alert.refresh_from_db()
    assert alert.acknowledged_at is None


def test_an_acknowledgement_never_redirects_off_site(guide_client, guide):
    alert = deliver(guide)[0].alert
    response = guide_client.post(
        reverse("alerts:acknowledge", args=[alert.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("alerts:list")


@pytest.mark.parametrize("query", ["?show=nonsense", "?level=loud", "?page=zz", "?level=%00"])
def test_a_bad_filter_shows_a_message_not_an_error(guide_client, guide, query):
    deliver(guide)
    response = guide_client.get(reverse("alerts:list") + query)
    assert response.status_code == 200


def test_the_filter_shows_open_or_all_alerts_of_a_level(guide_client, guide):
    open_one = deliver(guide, level=Level.WARNING)[0]
    done = deliver(guide, level=Level.URGENT)[0]
    Delivery.objects.filter(pk=done.pk).update(done_at=done.delivered_at)
    page = guide_client.get(reverse("alerts:list")).content.decode()
    assert open_one.alert.subject in page and done.alert.subject not in page
    page = guide_client.get(reverse("alerts:list") + "?show=all&level=urgent").content.decode()
    assert done.alert.subject in page and open_one.alert.subject not in page


def test_the_poll_answers_304_until_something_changes(
    guide_client, guide, django_assert_max_num_queries
):
    url = reverse("alerts:poll")
    first = guide_client.get(url, HTTP_HX_REQUEST="true")
    assert first.status_code == 200
    assert first.json()["waiting"] == 0
    etag = first["ETag"]
    with django_assert_max_num_queries(4):  # session, user, roles, the one stamp read
        assert guide_client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    deliver(guide, 50, level=Level.WARNING)
    with django_assert_max_num_queries(6):  # and the counts, and the banner when urgent
        changed = guide_client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["waiting"] == 50
    # Acknowledged elsewhere (another tablet): the stamp moves, the poll says so.
    alert = Alert.objects.first()
    alert_acknowledge(alert=alert, by=guide)
    again = guide_client.get(url, HTTP_IF_NONE_MATCH=changed["ETag"])
    assert again.status_code == 200
    assert again.json()["waiting"] == 49


def test_acknowledging_from_the_banner_answers_with_the_new_state(guide_client, guide):
    alert = deliver(guide)[0].alert
    response = guide_client.post(
        reverse("alerts:acknowledge", args=[alert.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    data = response.json()
    assert (data["waiting"], data["urgent"]) == (0, 0)
    assert alert.subject not in data["banner"]


def test_the_admin_shows_the_bell_and_the_banner_to_a_manager(manager_client) -> None:
    # Managers work complaints in the admin: an escalation or an overdue complaint rings there too.
    page = manager_client.get("/admin/").content.decode()
    assert 'id="fd-bell"' in page
    assert 'id="fd-alerts"' in page
    assert re.search(r"alerts/alerts(\.[0-9a-f]{12})?\.js", page)
    assert re.search(r"alerts/admin(\.[0-9a-f]{12})?\.css", page)


def test_the_admin_login_page_has_no_bell(client) -> None:
    page = client.get("/admin/login/").content.decode()
    assert 'id="fd-bell"' not in page
    assert "alerts.js" not in page
