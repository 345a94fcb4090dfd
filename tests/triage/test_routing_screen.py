"""The routing screen with the real engine and the shipped rules.

A red-flag complaint shows the emergency alert, the reasons (rule and words) and the escalation
one tap away; overriding the suggestion is one tap and is recorded.
"""

import re

import pytest
from django.urls import reverse

from tests.reception.factories import VisitFactory
from triage.models import TriageDecision

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("check_revision_every_call")]


def test_red_flag_complaint_shows_the_alert_reasons_and_escalation(
    desk, guide, guide_client
) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide, chief_complaint="胸口压榨样疼痛，出冷汗")
    response = guide_client.get(reverse("triage:route", args=[visit.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="emergency-alert"' in html
    assert "胸痛伴出汗或放射痛" in html  # the rule, in the guide's language
    # The words that matched, quoted after the rule inside the alert (the page also echoes the
    # complaint itself, so a bare substring of it would prove nothing).
    alert = html[html.index('id="emergency-alert"') : html.index('id="escalate-now"')]
    assert re.search(r"胸痛伴出汗或放射痛\s*—\s*“[^<]*汗[^<]*”", alert)
    escalate = reverse("triage:escalate", args=[visit.pk])
    assert re.search(rf'href="{re.escape(escalate)}"\s+id="escalate-now"', html)
    assert 'value="ER:I"' in html


def test_red_flag_reasons_in_english(desk, guide, guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    visit = VisitFactory(desk=desk, logged_by=guide, chief_complaint="worst headache of my life")
    html = guide_client.get(reverse("triage:route", args=[visit.pk])).content.decode()
    assert 'id="emergency-alert"' in html
    assert "Worst or sudden severe headache" in html


def test_ordinary_complaint_has_no_alert_and_override_is_recorded(
    desk, guide, guide_client
) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide, chief_complaint="胃痛，反酸，烧心")
    url = reverse("triage:route", args=[visit.pk])
    html = guide_client.get(url).content.decode()
    assert 'id="emergency-alert"' not in html
    assert 'value="GI:IV"' in html and "反酸" in html
    guide_client.post(url, {"department": "CARD", "urgency": "III", "version": visit.version})
    decision = TriageDecision.objects.get(visit=visit)
    assert decision.overridden and decision.department.code == "CARD"
    assert decision.suggestions[0]["department"] == "GI"
