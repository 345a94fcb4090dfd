"""Two processes raising the same condition, two tablets acknowledging at once (PostgreSQL)."""

import threading
from collections.abc import Callable

import pytest
from django.db import connection

from alerts.audience import desk_team
from alerts.models import Alert, Delivery, Kind, OutboxMessage
from alerts.services import alert_acknowledge, notify
from tests.alerts.factories import ChannelFactory
from tests.reception.factories import VisitFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def at_once(*actions: Callable[[], object]) -> list[BaseException]:
    barrier = threading.Barrier(len(actions))
    errors: list[BaseException] = []

    def run(action: Callable[[], object]) -> None:
        try:
            barrier.wait()
            action()
        except BaseException as error:  # noqa: BLE001 - reported to the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_the_same_condition_raised_twice_at_once_is_one_alert(desk, guide, second_guide):
    ChannelFactory()
    visit = VisitFactory(desk=desk, logged_by=guide)

    def raise_it() -> None:
        notify(kind=Kind.ESCALATION_OPENED, record=visit, audience=desk_team(desk))

    assert at_once(raise_it, raise_it, raise_it) == []
    assert Alert.objects.count() == 1
    assert Delivery.objects.count() == 2
    assert OutboxMessage.objects.count() == 1


def test_two_tablets_acknowledging_at_once_keep_the_first(desk, guide, second_guide):
    visit = VisitFactory(desk=desk, logged_by=guide)
    alert = notify(kind=Kind.ESCALATION_OPENED, record=visit, audience=desk_team(desk))
    errors = at_once(
        lambda: alert_acknowledge(alert=alert.pk, by=guide),
        lambda: alert_acknowledge(alert=alert.pk, by=second_guide),
    )
    assert errors == []
    alert.refresh_from_db()
    assert alert.acknowledged_by in (guide, second_guide)
    assert not Delivery.objects.waiting().exists()
