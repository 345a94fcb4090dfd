"""The outbox: written with the alert, sent later, signed, retried with backoff, never blocking."""

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

import config.settings as project_settings
from alerts.audience import supervisors
from alerts.models import Alert, Channel, Kind, OutboxMessage
from alerts.outbox import SIGNATURE_HEADER, TIMESTAMP_HEADER, backoff, send_due
from alerts.services import notify
from tests.alerts.factories import ChannelFactory
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db


class _Hook(BaseHTTPRequestHandler):
    received: list[tuple[Any, bytes]]
    delay = 0.0
    status = 200

    def do_POST(self) -> None:  # noqa: N802 - the http.server name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((self.headers, body))
        time.sleep(type(self).delay)
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(autouse=True)
def _patient_on_a_busy_machine(settings) -> None:
    # A loaded test machine can take seconds to answer even locally; the timeout test sets its own.
    settings.ALERTS_WEBHOOK_TIMEOUT = 30


@pytest.fixture
def hook() -> Iterator[type[_Hook]]:
    """A local webhook receiver; set `delay` to make it hang, `status` to make it fail."""
    handler = type("Hook", (_Hook,), {"received": [], "delay": 0.0, "status": 200})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    # `shutdown()` waits for the loop to look at its flag, every `poll_interval` (0.5 s by default).
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    handler.url = f"http://127.0.0.1:{server.server_address[1]}/robot"  # type: ignore[attr-defined]
    yield handler
    handler.delay = 0
    server.shutdown()
    server.server_close()


def _raise(desk, guide):
    visit = VisitFactory(desk=desk, logged_by=guide)
    return notify(kind=Kind.ESCALATION_OPENED, record=visit, audience=supervisors(), desk=desk)


def test_the_outbox_is_written_in_the_alerts_transaction(desk, guide, supervisor):
    ChannelFactory()
    ChannelFactory(min_level="urgent", is_active=False)
    with pytest.raises(RuntimeError), transaction.atomic():
        _raise(desk, guide)
        assert OutboxMessage.objects.count() == 1
        raise RuntimeError("the guide's save failed")
    assert not Alert.objects.exists() and not OutboxMessage.objects.exists()
    _raise(desk, guide)
    assert OutboxMessage.objects.get().status == OutboxMessage.Status.PENDING


def test_a_channel_gets_only_the_levels_it_asked_for(desk, guide, supervisor):
    ChannelFactory(min_level="urgent")
    visit = VisitFactory(desk=desk, logged_by=guide)
    notify(kind=Kind.VISIT_UNTRIAGED, record=visit, audience=supervisors())
    assert not OutboxMessage.objects.exists()


def test_a_webhook_is_signed_and_carries_no_names(desk, guide, supervisor, hook):
    channel = ChannelFactory(url=hook.url, secret="group-robot-secret")
    alert = _raise(desk, guide)
    assert send_due().sent == 1
    headers, body = hook.received[0]
    expected = hmac.new(
        b"group-robot-secret",
        headers[TIMESTAMP_HEADER].encode() + b"." + body,
        hashlib.sha256,
    ).hexdigest()
    assert headers[SIGNATURE_HEADER] == f"sha256={expected}"
    payload = json.loads(body)
    assert payload["kind"] == "escalation_opened" and payload["level"] == "urgent"
    assert alert.subject not in body.decode()  # the visitor stays in the app
    message = OutboxMessage.objects.get(channel=channel)
    assert message.status == OutboxMessage.Status.SENT and message.attempts == 1


def test_a_chat_group_robot_gets_a_text_message(desk, guide, supervisor, hook):
    ChannelFactory(url=hook.url, format=Channel.Format.WECOM)
    _raise(desk, guide)
    send_due()
    payload = json.loads(hook.received[0][1])
    assert payload["msgtype"] == "text"
    assert "Escalation opened" in payload["text"]["content"]


def test_a_hanging_webhook_times_out_and_is_retried_without_blocking_the_save(
    desk, guide, supervisor, hook, settings
):
    assert project_settings.ALERTS_WEBHOOK_TIMEOUT == 5  # the default: a hanging webhook costs 5 s
    settings.ALERTS_WEBHOOK_TIMEOUT = 0.1  # the same path, quicker: the hook hangs for 10 s
    hook.delay = 10
    ChannelFactory(url=hook.url)
    _raise(desk, guide)  # the guide's save: no network at all
    assert hook.received == []
    started = time.monotonic()
    result = send_due()
    assert time.monotonic() - started < 8  # gave up long before the webhook answered
    assert (result.sent, result.failed) == (0, 1)
    message = OutboxMessage.objects.get()
    assert message.status == OutboxMessage.Status.PENDING
    assert message.attempts == 1
    assert "timed out" in message.last_error
    assert message.next_attempt_at > timezone.now() + timedelta(seconds=25)
    # Not due yet: the next run leaves it alone.
    assert send_due().failed == 0


def test_failures_back_off_exponentially_then_give_up(desk, guide, supervisor, hook, settings):
    settings.ALERTS_OUTBOX_MAX_ATTEMPTS = 3
    hook.status = 500
    ChannelFactory(url=hook.url)
    _raise(desk, guide)
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 10)] == [30, 60, 120, 3600]
    for attempt in range(3):
        send_due(now=timezone.now() + timedelta(hours=attempt + 1))
    message = OutboxMessage.objects.get()
    assert message.status == OutboxMessage.Status.FAILED
    assert message.attempts == 3
    assert "500" in message.last_error


def test_email_goes_to_the_recipients_addresses(desk, guide, supervisor):
    supervisor.email = "lead@hospital.example"
    supervisor.save()
    ChannelFactory(type=Channel.Type.EMAIL, url="", extra_addresses="duty@hospital.example")
    _raise(desk, guide)
    call_command("send_outbox", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {"lead@hospital.example", "duty@hospital.example"}
    assert "Escalation opened" in mail.outbox[0].subject
