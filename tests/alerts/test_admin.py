"""The admin: outbound channels set up by an administrator, the outbox's failures in sight."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from alerts.models import Alert, OutboxMessage
from tests.alerts.factories import ChannelFactory, OutboxMessageFactory
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db


def test_an_administrator_sets_up_a_webhook_with_its_secret(admin_client_user):
    response = admin_client_user.post(
        reverse("admin:alerts_channel_add"),
        {
            "name": "值班群机器人",
            "type": "webhook",
            "is_active": "on",
            "min_level": "urgent",
            "url": "https://chat.example/robot/send?key=abc",
            "format": "wecom",
            "secret": "group-secret",
            "extra_addresses": "",
        },
    )
    assert response.status_code == 302
    assert admin_client_user.get(reverse("admin:alerts_channel_changelist")).status_code == 200


def test_a_webhook_channel_needs_its_address(admin_client_user):
    response = admin_client_user.post(
        reverse("admin:alerts_channel_add"),
        {"name": "x", "type": "webhook", "min_level": "urgent", "format": "json", "url": ""},
    )
    assert response.status_code == 200  # the form again, with the error
    assert not OutboxMessage.objects.exists()


def test_failed_messages_show_in_the_admin_and_can_be_sent_again(admin_client_user):
    message = OutboxMessageFactory(
        status=OutboxMessage.Status.FAILED, attempts=8, last_error="TimeoutError: timed out"
    )
    page = admin_client_user.get(reverse("admin:alerts_outboxmessage_changelist"))
    assert "TimeoutError: timed out" in page.content.decode()
    admin_client_user.post(
        reverse("admin:alerts_outboxmessage_changelist"),
        {"action": "retry_now", "_selected_action": [str(message.pk)]},
    )
    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.PENDING


def test_staff_roles_do_not_reach_the_alerts_admin(supervisor_client, manager_client):
    for client in (supervisor_client, manager_client):
        url = reverse("admin:alerts_channel_changelist")
        assert client.get(url).status_code in (302, 403)


def test_run_alerts_is_idempotent_and_quiet_when_nothing_changes(desk, guide):
    VisitFactory(
        desk=desk, logged_by=guide, arrived_at=timezone.now() - timezone.timedelta(hours=1)
    )
    out = StringIO()
    call_command("run_alerts", stdout=out)
    assert "1 raised" in out.getvalue()
    again = StringIO()
    call_command("run_alerts", stdout=again)
    assert again.getvalue() == ""
    assert Alert.objects.count() == 1


def test_send_outbox_says_nothing_with_nothing_to_send():
    ChannelFactory()
    out = StringIO()
    call_command("send_outbox", stdout=out)
    assert out.getvalue() == ""
