"""Left and Close ask once and can be undone for ten minutes, through the one transition."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from reception.models import Visit
from reception.services.visits import (
    visit_close,
    visit_mark_left,
    visit_transition,
    visit_undo_close,
)
from tests.reception.factories import VisitFactory
from triage.services import escalation_close, escalation_open, escalation_record_step

pytestmark = pytest.mark.django_db


@pytest.fixture
def visit(desk, guide):
    return VisitFactory(desk=desk, logged_by=guide)


def test_left_asks_once_on_a_sheet_of_its_own(guide_client, visit) -> None:
    guide_client.cookies["django_language"] = "en"
    url = reverse("overview:visit_confirm", args=[visit.pk, "left"])
    page = guide_client.get(url, {"next": "/reception/"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "leave without being seen?" in html and 'id="confirm-yes"' in html
    assert reverse("reception:visit_left", args=[visit.pk]) in html
    sheet = guide_client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert sheet.lstrip().startswith('<div class="fd-sheet-panel" id="confirm-sheet">')
    visit.refresh_from_db()
    assert visit.status == Visit.Status.WAITING  # asking changes nothing


def test_an_unknown_confirm_is_not_found(guide_client, visit) -> None:
    url = reverse("overview:visit_confirm", args=[visit.pk, "delete"])
    assert guide_client.get(url).status_code == 404


def test_left_then_undo_from_the_board(guide_client, visit, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    visit_transition(visit=visit, to=Visit.Status.ROUTED, by=guide)
    guide_client.post(
        reverse("reception:visit_left", args=[visit.pk]), {"version": 2, "next": "/reception/"}
    )
    visit.refresh_from_db()
    assert visit.status == Visit.Status.LEFT
    board = guide_client.get(reverse("overview:board")).content.decode()
    assert 'id="undo-strip"' in board and reverse("overview:visit_undo", args=[visit.pk]) in board
    response = guide_client.post(
        reverse("overview:visit_undo", args=[visit.pk]),
        {"version": visit.version, "next": "/reception/"},
        follow=True,
    )
    assert "Undone" in response.content.decode()
    visit.refresh_from_db()
    assert (visit.status, visit.closed_at) == (Visit.Status.ROUTED, None)
    assert visit.history.first().history_user == guide


def test_close_then_undo_from_the_visit_page(guide_client, visit, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    visit_close(visit=visit, by=guide)
    page = guide_client.get(visit.get_absolute_url()).content.decode()
    assert 'id="visit-undo"' in page
    guide_client.post(reverse("overview:visit_undo", args=[visit.pk]))
    visit.refresh_from_db()
    assert visit.status == Visit.Status.WAITING and visit.closed_at is None


def test_undo_is_refused_after_ten_minutes(guide_client, visit, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    visit_mark_left(visit=visit, by=guide)
    visit.refresh_from_db()
    later = visit.closed_at + Visit.UNDO_WINDOW + timedelta(seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        page = guide_client.get(visit.get_absolute_url()).content.decode()
        assert 'id="visit-undo"' not in page
        response = guide_client.post(reverse("overview:visit_undo", args=[visit.pk]), follow=True)
    assert "10 minutes only" in response.content.decode()
    visit.refresh_from_db()
    assert visit.status == Visit.Status.LEFT


def test_the_transitions_reopen_only_through_undo(visit, guide) -> None:
    visit_close(visit=visit, by=guide)
    with pytest.raises(ValidationError) as refused:
        visit_transition(visit=visit, to=Visit.Status.WAITING, by=guide)
    assert refused.value.code == "illegal_transition"
    assert Visit.objects.get(pk=visit.pk).status == Visit.Status.CLOSED


def test_a_visit_closed_by_its_escalation_cannot_be_undone(visit, guide) -> None:
    escalation = escalation_open(visit=visit, observation="晕倒", by=guide)
    escalation_record_step(escalation=escalation, step="team_called_at", by=guide)
    escalation_close(escalation=escalation, by=guide)
    with pytest.raises(ValidationError) as refused:
        visit_undo_close(visit=visit, by=guide)
    assert refused.value.code == "illegal_transition"
    assert Visit.objects.get(pk=visit.pk).status == Visit.Status.CLOSED


def test_undo_of_an_open_visit_is_refused(guide_client, visit) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.post(reverse("overview:visit_undo", args=[visit.pk]), follow=True)
    assert "nothing to undo" in response.content.decode()


def test_the_board_no_longer_offers_undo_after_the_window(guide_client, visit, guide) -> None:
    visit_close(visit=visit, by=guide)
    later = timezone.now() + Visit.UNDO_WINDOW + timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        board = guide_client.get(reverse("overview:board")).content.decode()
    assert 'id="undo-strip"' not in board


def test_the_visit_page_asks_before_left_and_close(guide_client, visit) -> None:
    html = guide_client.get(visit.get_absolute_url()).content.decode()
    assert reverse("overview:visit_confirm", args=[visit.pk, "left"]) in html
    assert reverse("overview:visit_confirm", args=[visit.pk, "close"]) in html
    assert f'action="{reverse("reception:visit_left", args=[visit.pk])}"' not in html


def test_the_menu_and_sheets_refuse_the_security_desk(security_client, visit) -> None:
    for url in (
        reverse("overview:visit_actions", args=[visit.pk]),
        reverse("overview:visit_confirm", args=[visit.pk, "left"]),
    ):
        assert security_client.get(url).status_code == 403
    assert security_client.post(reverse("overview:visit_undo", args=[visit.pk])).status_code == 403
