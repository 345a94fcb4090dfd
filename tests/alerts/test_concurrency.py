"""Two processes raising the same condition, two tablets acknowledging at once (PostgreSQL)."""

import pytest

from alerts.audience import desk_team
from alerts.models import Alert, Delivery, Kind, OutboxMessage
from alerts.services import alert_acknowledge, notify
from tests.alerts.factories import ChannelFactory
from tests.races import race
from tests.reception.factories import VisitFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_the_same_condition_raised_twice_at_once_is_one_alert(desk, guide, second_guide):
    ChannelFactory()
    visit = VisitFactory(desk=desk, logged_by=guide)

    def raise_it() -> None:
        notify(kind=Kind.ESCALATION_OPENED, record=visit, audience=desk_team(desk))

    results = race(raise_it, raise_it, raise_it)
    assert not [r for r in results if isinstance(r, BaseException)], results
    assert Alert.objects.count() == 1
    assert Delivery.objects.count() == 2
    assert OutboxMessage.objects.count() == 1


def test_two_tablets_acknowledging_at_once_keep_the_first(desk, guide, second_guide):
    visit = VisitFactory(desk=desk, logged_by=guide)
    alert = notify(kind=Kind.ESCALATION_OPENED, record=visit, audience=desk_team(desk))
    results = race(
        lambda: alert_acknowledge(alert=alert.pk, by=guide),
        lambda: alert_acknowledge(alert=alert.pk, by=second_guide),
    )
    assert not [r for r in results if isinstance(r, BaseException)], results
    alert.refresh_from_db()
    assert alert.acknowledged_by in (guide, second_guide)
    assert not Delivery.objects.waiting().exists()
