"""The ticket slip: number, department, location, time; a QR code only to a status page."""

import pytest
from django.urls import reverse

from hall import tickets
from hospital.models import AccessLog

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_status_page():
    saved = list(tickets._status_url)
    tickets._status_url.clear()
    yield
    tickets._status_url[:] = saved


def test_the_slip_shows_number_department_and_location_and_logs_the_read(
    walk_in, guide_client, no_status_page
) -> None:
    visit = walk_in()
    response = guide_client.get(reverse("hall:ticket", args=[visit.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert visit.queue_number in html and visit.destination.name_zh_hans in html
    assert 'id="ticket-qr"' not in html  # no visitor status page is registered
    assert "ticket-58mm.css" in html
    assert AccessLog.objects.filter(object_id=str(visit.pk)).exists()


def test_the_a6_layout_and_a_bad_layout_fall_back(walk_in, guide_client, no_status_page) -> None:
    url = reverse("hall:ticket", args=[walk_in().pk])
    assert "ticket-a6.css" in guide_client.get(url + "?layout=a6").content.decode()
    assert "ticket-58mm.css" in guide_client.get(url + "?layout=<x>").content.decode()


def test_a_registered_status_page_is_printed_as_a_qr_code(
    walk_in, guide_client, no_status_page
) -> None:
    visit = walk_in()
    tickets.register_status_url(lambda request, v: f"https://h.example/s/v/{v.pk}")
    html = guide_client.get(reverse("hall:ticket", args=[visit.pk])).content.decode()
    assert 'id="ticket-qr"' in html and 'src="data:image/svg+xml;base64,' in html


def test_an_unsafe_back_link_is_dropped(walk_in, guide_client, no_status_page) -> None:
    url = reverse("hall:ticket", args=[walk_in().pk])
    assert (
        "evil.example" not in guide_client.get(url + "?next=https://evil.example/").content.decode()
    )
    assert 'href="/board/"' in guide_client.get(url + "?next=/board/").content.decode()
