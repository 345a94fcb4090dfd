"""Escalation to emergency: one tap, a short form, timestamps, red until closed."""

from datetime import timedelta

import pytest
from django.urls import reverse

from reception.models import Visit
from tests.reception.factories import VisitFactory
from triage.models import Escalation

pytestmark = pytest.mark.django_db


@pytest.fixture
def visit(desk, guide):
    return VisitFactory(desk=desk, logged_by=guide)


def test_escalating_turns_the_visit_red_until_closed(guide_client, visit, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    url = reverse("triage:escalate", args=[visit.pk])
    assert guide_client.get(url).status_code == 200
    response = guide_client.post(url, {"observation": "在电梯口晕倒"})
    escalation = Escalation.objects.get()
    assert response["Location"] == reverse("triage:escalation", args=[escalation.pk])
    visit.refresh_from_db()
    assert visit.status == Visit.Status.ESCALATED and visit.urgency == "I"
    board = guide_client.get(reverse("overview:board"))
    assert board.context["rows"][0]["tone"] == "red"

    step = reverse("triage:escalation_step", args=[escalation.pk])
    for name in ("team_called_at", "family_notified_at", "handed_to_er_at"):
        guide_client.post(step, {"step": name})
    escalation.refresh_from_db()
    assert escalation.team_called_at and escalation.family_notified_at
    assert escalation.handed_to_er_at and escalation.minutes_to_team_call is not None
    page = guide_client.get(reverse("triage:escalation", args=[escalation.pk]))
    assert "from spotting to calling the team" in page.content.decode()

    guide_client.post(reverse("triage:escalation_close", args=[escalation.pk]))
    visit.refresh_from_db()
    assert visit.status == Visit.Status.CLOSED
    assert not guide_client.get(reverse("overview:board")).context["rows"]


def test_minutes_from_spotting_to_team_call(visit, guide) -> None:
    from triage.services import escalation_open, escalation_record_step

    escalation = escalation_open(visit=visit, observation="胸痛", by=guide)
    escalation = escalation_record_step(
        escalation=escalation,
        step="team_called_at",
        by=guide,
        at=escalation.spotted_at + timedelta(seconds=90),
    )
    assert escalation.minutes_to_team_call == 1.5 and escalation.team_call_on_target is False


def test_an_empty_observation_is_refused(guide_client, visit) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.post(reverse("triage:escalate", args=[visit.pk]), {"observation": " "})
    assert response.status_code == 200
    assert "Write in a few words what you saw" in response.content.decode()
    assert not Escalation.objects.exists()


def test_a_second_tap_on_emergency_opens_the_same_escalation(guide_client, visit) -> None:
    url = reverse("triage:escalate", args=[visit.pk])
    guide_client.post(url, {"observation": "晕倒"})
    response = guide_client.get(url)
    assert response.status_code == 302 and Escalation.objects.count() == 1


def test_closing_before_calling_the_team_is_refused(guide_client, visit) -> None:
    guide_client.cookies["django_language"] = "en"
    guide_client.post(reverse("triage:escalate", args=[visit.pk]), {"observation": "晕倒"})
    escalation = Escalation.objects.get()
    response = guide_client.post(
        reverse("triage:escalation_close", args=[escalation.pk]), follow=True
    )
    assert "Record when the emergency team was called" in response.content.decode()
    escalation.refresh_from_db()
    assert escalation.is_open


@pytest.mark.parametrize(
    "name", ["triage:escalation", "triage:escalation_step", "triage:escalation_close"]
)
def test_escalation_pages_refuse_the_wrong_role(security_client, visit, guide, name) -> None:
    from triage.services import escalation_open

    escalation = escalation_open(visit=visit, observation="晕倒", by=guide)
    url = reverse(name, args=[escalation.pk])
    response = (
        security_client.get(url) if name == "triage:escalation" else security_client.post(url)
    )
    assert response.status_code == 403


def test_escalating_sets_the_reassess_time_to_now(guide_client, visit) -> None:
    guide_client.post(reverse("triage:escalate", args=[visit.pk]), {"observation": "晕倒"})
    visit.refresh_from_db()
    assert visit.status == Visit.Status.ESCALATED and visit.urgency == "I"
    assert visit.reassess_at == visit.escalated_at
