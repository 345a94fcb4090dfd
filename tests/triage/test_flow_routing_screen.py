"""The routing screen: suggestions with reasons, one-tap accept, one-tap override, emergency."""

import pytest
from django.urls import reverse

from reception.models import Visit
from tests.reception.factories import VisitFactory
from tests.triage.factories import CHEST_PAIN_EMERGENCY
from triage import services
from triage.models import TriageDecision
from triage.routing import Reason, Suggestion

pytestmark = pytest.mark.django_db

SUGGESTED = [
    Suggestion(
        department="GI",
        urgency="III",
        score=0.9,
        reasons=(Reason(rule="abdominal pain", matched=("肚子疼",), note="Belly pain"),),
    ),
    Suggestion(department="GS", urgency="III", score=0.4),
]
EMERGENCY = [CHEST_PAIN_EMERGENCY]


@pytest.fixture
def engine(monkeypatch):
    """Let a test decide what the routing engine answers."""
    answer: list[Suggestion] = list(SUGGESTED)

    def fake(text, *, age=None, sex=None, temperature=None):
        return list(answer)

    monkeypatch.setattr(services, "suggest", fake)
    return answer


@pytest.fixture
def visit(desk, guide):
    return VisitFactory(desk=desk, logged_by=guide)


def _url(visit) -> str:
    return reverse("triage:route", args=[visit.pk])


def test_routing_screen_shows_suggestions_with_reasons(guide_client, engine, visit) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.get(_url(visit))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Belly pain" in html and "肚子疼" in html
    assert 'value="GI:III"' in html and 'id="emergency-alert"' not in html


def test_accepting_the_top_suggestion_is_one_tap(guide_client, engine, visit, guide) -> None:
    response = guide_client.post(_url(visit), {"pick": "GI:III", "version": visit.version})
    assert response.status_code == 302 and response["Location"] == visit.get_absolute_url()
    decision = TriageDecision.objects.get()
    assert (decision.department.code, decision.urgency, decision.overridden) == ("GI", "III", False)
    assert decision.decided_by == guide and decision.suggestions[0]["department"] == "GI"
    visit.refresh_from_db()
    assert (visit.status, visit.destination.code, visit.urgency) == ("routed", "GI", "III")


def test_overriding_is_one_tap_and_recorded_with_the_reason(guide_client, engine, visit) -> None:
    guide_client.post(
        _url(visit),
        {"department": "CARD", "urgency": "II", "override_reason": "心悸", "version": 1},
    )
    decision = TriageDecision.objects.get()
    assert decision.overridden and decision.override_reason == "心悸"
    assert decision.department.code == "CARD"


def test_rerouting_adds_a_decision_and_the_visit_shows_the_latest(
    guide_client, engine, visit
) -> None:
    guide_client.post(_url(visit), {"pick": "GI:III", "version": 1})
    guide_client.post(_url(visit), {"pick": "GS:III", "version": 2})
    assert TriageDecision.objects.count() == 2
    visit.refresh_from_db()
    assert visit.destination.code == "GS" and visit.version == 3


def test_choosing_nothing_is_refused_with_a_message(guide_client, engine, visit) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.post(_url(visit), {"version": 1})
    assert response.status_code == 200
    assert "Tap a suggestion or choose a department" in response.content.decode()
    assert not TriageDecision.objects.exists()


def test_emergency_suggestion_shows_an_alert_with_escalation_one_tap_away(
    guide_client, engine, visit
) -> None:
    guide_client.cookies["django_language"] = "en"
    engine[:] = EMERGENCY
    html = guide_client.get(_url(visit)).content.decode()
    assert 'id="emergency-alert"' in html and "Chest pain" in html
    assert reverse("triage:escalate", args=[visit.pk]) in html


def test_nothing_to_go_on_still_lets_the_guide_choose(guide_client, engine, visit) -> None:
    guide_client.cookies["django_language"] = "en"
    engine[:] = []
    html = guide_client.get(_url(visit)).content.decode()
    assert "Nothing to go on" in html and 'value="GI"' in html


def test_routing_a_closed_visit_is_refused(guide_client, engine, visit, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    from reception.services.visits import visit_close

    visit_close(visit=visit, by=guide)
    response = guide_client.post(_url(visit), {"pick": "GI:III", "version": 2}, follow=True)
    assert "cannot become" in response.content.decode()
    assert not TriageDecision.objects.exists()


def test_a_second_guide_routing_a_stale_form_is_refused(guide_client, engine, visit) -> None:
    guide_client.cookies["django_language"] = "en"
    guide_client.post(_url(visit), {"pick": "GI:III", "version": 1})
    response = guide_client.post(_url(visit), {"pick": "GS:III", "version": 1}, follow=True)
    assert "Someone else changed this visit" in response.content.decode()
    visit.refresh_from_db()
    assert visit.destination.code == "GI" and TriageDecision.objects.count() == 1


def test_suggestions_are_asked_with_age_sex_and_temperature(monkeypatch, desk, guide) -> None:
    seen = {}

    def fake(text, *, age=None, sex=None, temperature=None):
        seen.update(text=text, age=age, sex=sex, temperature=temperature)
        return []

    monkeypatch.setattr(services, "suggest", fake)
    visit = VisitFactory(
        desk=desk,
        chief_complaint="发烧",
        temperature="38.5",
        visitor__birth_year=1980,
        visitor__sex="M",
    )
    services.suggestions_for(Visit.objects.select_related("visitor").get(pk=visit.pk))
    assert (seen["text"], seen["sex"]) == ("发烧", "M")
    assert seen["age"] == visit.arrived_at.year - 1980 and float(seen["temperature"]) == 38.5


def test_routing_writes_the_reassess_time_on_the_visit(guide_client, engine, visit) -> None:
    from datetime import timedelta

    from triage.models import UrgencyLevel

    UrgencyLevel.objects.filter(code="III").update(reassess_minutes=30)
    guide_client.post(_url(visit), {"pick": "GI:III", "version": visit.version})
    visit.refresh_from_db()
    assert visit.reassess_at == visit.routed_at + timedelta(minutes=30)


def test_a_double_tap_on_accept_records_one_decision(guide_client, engine, visit) -> None:
    import uuid

    guide_client.cookies["django_language"] = "en"
    data = {"pick": "GI:III", "version": visit.version, "form_token": str(uuid.uuid4())}
    guide_client.post(_url(visit), data)
    again = guide_client.post(_url(visit), data, follow=True)
    assert TriageDecision.objects.count() == 1
    page = again.content.decode()
    assert "Sent to" in page and "Someone else changed" not in page
    visit.refresh_from_db()
    assert visit.version == 2
