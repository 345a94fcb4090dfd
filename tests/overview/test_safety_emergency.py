"""Emergency cannot be routed around: red flags open the escalation, the record says who and
when, and an escalated visit cannot be closed or marked left."""

from datetime import timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from reception.models import Visit
from reception.services.visits import visit_close, visit_mark_left
from tests.reception.factories import VisitFactory
from tests.triage.factories import CHEST_PAIN_EMERGENCY
from triage import services
from triage.models import Escalation, TriageDecision
from triage.routing import Suggestion

pytestmark = pytest.mark.django_db

RED_FLAG = [CHEST_PAIN_EMERGENCY, Suggestion(department="CARD", urgency="II", score=0.5)]


@pytest.fixture
def red_flag_engine(monkeypatch):
    monkeypatch.setattr(services, "suggest", lambda *a, **k: list(RED_FLAG))


@pytest.fixture
def visit(desk, guide):
    return VisitFactory(desk=desk, logged_by=guide, chief_complaint="胸痛，出冷汗")


def _route(visit) -> str:
    return reverse("triage:route", args=[visit.pk])


def test_accepting_a_red_flag_suggestion_opens_the_escalation(
    guide_client, red_flag_engine, visit, guide
) -> None:
    guide_client.cookies["django_language"] = "en"
    html = guide_client.get(_route(visit)).content.decode()
    assert "Accept: open the emergency record" in html
    response = guide_client.post(_route(visit), {"pick": "ER:I", "version": visit.version})
    escalation = Escalation.objects.get(visit=visit)
    assert response.status_code == 302
    assert response["Location"] == reverse("triage:escalation", args=[escalation.pk])
    assert escalation.spotted_by == guide and "Chest pain" in escalation.observation
    visit.refresh_from_db()
    assert (visit.status, visit.urgency) == (Visit.Status.ESCALATED, "I")
    assert not TriageDecision.objects.exists()


def test_choosing_the_emergency_department_under_a_red_flag_opens_the_escalation(
    guide_client, red_flag_engine, visit
) -> None:
    guide_client.post(_route(visit), {"department": "ER", "urgency": "I", "version": 1})
    assert Escalation.objects.filter(visit=visit, closed_at__isnull=True).exists()
    assert not TriageDecision.objects.exists()


def test_another_department_under_a_red_flag_needs_a_reason(
    guide_client, red_flag_engine, visit
) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.post(
        _route(visit), {"department": "CARD", "urgency": "II", "version": 1}
    )
    assert response.status_code == 200
    assert "write why the visitor goes to" in response.content.decode()
    assert not TriageDecision.objects.exists() and not Escalation.objects.exists()
    visit.refresh_from_db()
    assert visit.status == Visit.Status.WAITING


def test_the_reason_for_not_sending_to_emergency_is_recorded(
    guide_client, red_flag_engine, visit
) -> None:
    guide_client.post(
        _route(visit),
        {"pick": "CARD:II", "override_reason": "已在心内科急诊就诊", "version": 1},
    )
    decision = TriageDecision.objects.get()
    assert decision.department.code == "CARD" and decision.overridden
    assert decision.override_reason == "已在心内科急诊就诊"


def test_the_routing_service_refuses_emergency_without_the_escalation(visit, guide) -> None:
    from django.core.exceptions import ValidationError

    from hospital.models import Department

    with pytest.raises(ValidationError) as refused:
        services.triage_decide(
            visit=visit,
            department=Department.objects.get(code="ER"),
            urgency="I",
            by=guide,
            suggestions=RED_FLAG,
        )
    assert refused.value.code == "escalate_instead"


def test_the_escalation_records_when_the_change_was_seen(guide_client, desk, guide) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide, arrived_at=timezone.now() - timedelta(hours=1))
    seen = timezone.localtime(visit.arrived_at + timedelta(minutes=5)).replace(microsecond=0)
    guide_client.post(
        reverse("triage:escalate", args=[visit.pk]),
        {"observation": "晕倒", "spotted_at": seen.strftime("%Y-%m-%dT%H:%M")},
    )
    escalation = Escalation.objects.get()
    assert escalation.spotted_at == seen.replace(second=0)
    assert Visit.objects.get(pk=visit.pk).escalated_at >= escalation.spotted_at


@pytest.mark.parametrize(
    ("offset", "message"),
    [
        (timedelta(hours=-2), "before the visitor arrived"),
        (timedelta(hours=2), "is in the future"),
    ],
)
def test_a_seen_time_before_arrival_or_in_the_future_is_refused(
    guide_client, desk, guide, offset, message
) -> None:
    guide_client.cookies["django_language"] = "en"
    visit = VisitFactory(desk=desk, logged_by=guide, arrived_at=timezone.now() - timedelta(hours=1))
    at = timezone.localtime(timezone.now() + offset)
    if offset < timedelta(0):
        at = timezone.localtime(visit.arrived_at - timedelta(minutes=30))
    response = guide_client.post(
        reverse("triage:escalate", args=[visit.pk]),
        {"observation": "晕倒", "spotted_at": at.strftime("%Y-%m-%dT%H:%M")},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Escalation.objects.exists()


def test_the_seen_time_can_be_corrected_on_the_record(guide_client, desk, guide) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide, arrived_at=timezone.now() - timedelta(hours=1))
    escalation = services.escalation_open(visit=visit, observation="晕倒", by=guide)
    earlier = timezone.localtime(visit.arrived_at + timedelta(minutes=10))
    response = guide_client.post(
        reverse("triage:escalation_spotted", args=[escalation.pk]),
        {"spotted_at": earlier.strftime("%Y-%m-%dT%H:%M")},
    )
    assert response.status_code == 302
    escalation.refresh_from_db()
    assert escalation.spotted_at == earlier.replace(second=0, microsecond=0)


def test_a_correction_before_the_arrival_is_refused(guide_client, visit, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    escalation = services.escalation_open(visit=visit, observation="晕倒", by=guide)
    before = timezone.localtime(visit.arrived_at - timedelta(hours=1))
    response = guide_client.post(
        reverse("triage:escalation_spotted", args=[escalation.pk]),
        {"spotted_at": before.strftime("%Y-%m-%dT%H:%M")},
    )
    assert response.status_code == 400
    assert "before the visitor arrived" in response.content.decode()
    spotted = escalation.spotted_at
    escalation.refresh_from_db()
    assert escalation.spotted_at == spotted


def test_each_step_records_who_did_it(guide_client, visit, guide, second_guide) -> None:
    escalation = services.escalation_open(visit=visit, observation="晕倒", by=guide)
    url = reverse("triage:escalation_step", args=[escalation.pk])
    guide_client.post(url, {"step": "team_called_at"})
    services.escalation_record_step(
        escalation=escalation, step="family_notified_at", by=second_guide
    )
    guide_client.post(url, {"step": "handed_to_er_at"})
    escalation.refresh_from_db()
    assert escalation.team_called_by == guide
    assert escalation.family_notified_by == second_guide
    assert escalation.handed_to_er_by == guide
    html = guide_client.get(reverse("overview:visit_detail", args=[visit.pk])).content.decode()
    assert (second_guide.get_full_name() or second_guide.get_username()) in html


def test_a_quick_team_call_reads_in_seconds(guide_client, visit, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    escalation = services.escalation_open(visit=visit, observation="晕倒", by=guide)
    services.escalation_record_step(
        escalation=escalation,
        step="team_called_at",
        by=guide,
        at=escalation.spotted_at + timedelta(seconds=42),
    )
    html = guide_client.get(reverse("triage:escalation", args=[escalation.pk])).content.decode()
    assert "42 s from spotting to calling the team" in html
    assert "0.7 min" not in html


@pytest.mark.parametrize("service", [visit_close, visit_mark_left])
def test_an_escalated_visit_cannot_be_closed_or_left_in_the_service(visit, guide, service) -> None:
    from django.core.exceptions import ValidationError

    services.escalation_open(visit=visit, observation="晕倒", by=guide)
    with pytest.raises(ValidationError) as refused:
        service(visit=visit, by=guide)
    assert "open_escalation" in str(refused.value.error_dict["status"][0].code)
    visit.refresh_from_db()
    assert visit.status == Visit.Status.ESCALATED


@pytest.mark.parametrize("name", ["reception:visit_close", "reception:visit_left"])
def test_a_crafted_post_cannot_close_an_escalated_visit(guide_client, visit, guide, name) -> None:
    guide_client.cookies["django_language"] = "en"
    escalation = services.escalation_open(visit=visit, observation="晕倒", by=guide)
    visit.refresh_from_db()
    response = guide_client.post(
        reverse(name, args=[visit.pk]), {"version": visit.version}, follow=True
    )
    assert "open emergency record" in response.content.decode()
    visit.refresh_from_db()
    escalation.refresh_from_db()
    assert visit.status == Visit.Status.ESCALATED and escalation.closed_at is None


def test_the_confirm_sheet_refuses_an_escalated_visit(guide_client, visit, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    services.escalation_open(visit=visit, observation="晕倒", by=guide)
    url = reverse("overview:visit_confirm", args=[visit.pk, "close"])
    html = guide_client.get(url).content.decode()
    assert "open emergency record" in html and 'id="confirm-yes"' not in html


def test_without_a_seen_time_the_change_was_seen_now(guide_client, visit) -> None:
    frozen = timezone.now().replace(microsecond=0) + timedelta(seconds=37)
    with mock.patch("django.utils.timezone.now", return_value=frozen):
        html = guide_client.get(reverse("triage:escalate", args=[visit.pk])).content.decode()
        assert 'id="seen-earlier"' in html
        guide_client.post(
            reverse("triage:escalate", args=[visit.pk]), {"observation": "晕倒", "spotted_at": ""}
        )
    assert Escalation.objects.get().spotted_at == frozen  # to the second, not the minute


def test_a_seen_time_in_the_arrivals_minute_is_the_arrival(guide_client, desk, guide) -> None:
    arrived = timezone.now().replace(second=40, microsecond=0) - timedelta(minutes=5)
    visit = VisitFactory(desk=desk, logged_by=guide, arrived_at=arrived)
    guide_client.post(
        reverse("triage:escalate", args=[visit.pk]),
        {
            "observation": "晕倒",
            "spotted_at": timezone.localtime(arrived).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert Escalation.objects.get().spotted_at == arrived
