"""What the walk-in flow's screens say, read from the server's response.

The browser test (tests/browser/test_walkin.py) drives the flow once, in Chinese, to prove the
taps and the board's self-refresh; the words and colours each language shows are checked here.
"""

import re

import pytest
from django.urls import reverse

from tests.reception.factories import VisitFactory
from triage.services import escalation_open

pytestmark = pytest.mark.django_db


def _board_row(html: str, visit_pk: int) -> str:
    match = re.search(rf'<tr id="visit-{visit_pk}".*?</tr>', html, re.DOTALL)
    assert match, f"visit {visit_pk} is not on the board"
    return match.group(0)


@pytest.mark.parametrize(
    ("language", "escalated"), [("zh-hans", "已转急诊"), ("en", "Escalated to emergency")]
)
def test_board_shows_an_escalated_visit_in_red_in_the_guides_language(
    guide_client, guide, desk, language: str, escalated: str
) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide, chief_complaint="头晕，站不稳")
    escalation_open(visit=visit, observation="在候诊区晕倒，面色苍白", by=guide)
    guide_client.cookies["django_language"] = language
    row = _board_row(guide_client.get(reverse("overview:board")).content.decode(), visit.pk)
    assert 'class="fd-row-red"' in row
    assert escalated in row


def test_board_polls_at_the_configured_interval(guide_client, settings) -> None:
    settings.BOARD_REFRESH_SECONDS = 1
    html = guide_client.get(reverse("overview:board")).content.decode()
    assert re.search(r'id="board-live"[^>]*hx-trigger="every 1s"', html, re.DOTALL)
