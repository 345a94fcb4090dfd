"""Send the outbox: email through Django's mail settings, webhooks signed with the channel's secret.

Called by `send_outbox` (a cron job or a worker loop), never by a request: a webhook that hangs
costs the worker at most `ALERTS_WEBHOOK_TIMEOUT` seconds and the guide nothing. A failure is
kept on the message and retried with exponential backoff until `ALERTS_OUTBOX_MAX_ATTEMPTS`.
"""

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import connection, transaction
from django.utils import timezone, translation

from .models import Alert, Channel, Delivery, OutboxMessage

SIGNATURE_HEADER = "X-FrontDesk-Signature"
TIMESTAMP_HEADER = "X-FrontDesk-Timestamp"


def webhook_timeout() -> float:
    return float(settings.ALERTS_WEBHOOK_TIMEOUT)


def max_attempts() -> int:
    return int(settings.ALERTS_OUTBOX_MAX_ATTEMPTS)


def backoff(attempts: int) -> timedelta:
    """Return the wait before the next try after `attempts` failures: 30 s doubling, ≤ 1 hour."""
    base = int(settings.ALERTS_OUTBOX_BACKOFF_SECONDS)
    return timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), 3600))


def _absolute(url: str) -> str:
    site = str(settings.ALERTS_SITE_URL).rstrip("/")
    return f"{site}{url}" if url.startswith("/") and site else url


def _title(alert: Alert) -> str:
    return f"[{alert.get_level_display()}] {alert.get_kind_display()}"


def webhook_body(alert: Alert, channel: Channel) -> bytes:
    """Return the webhook's body. No names, no complaint text: a chat group is not the app's
    access control, so it gets what happened, where, and the link to open it in the app."""
    desk = str(alert.desk) if alert.desk_id else ""
    link = _absolute(alert.url or alert.get_absolute_url())
    if channel.format == Channel.Format.WECOM:
        lines = [_title(alert), desk, link]
        payload: dict[str, object] = {
            "msgtype": "text",
            "text": {"content": "\n".join(line for line in lines if line)},
        }
    else:
        payload = {
            "id": alert.pk,
            "kind": alert.kind,
            "level": alert.level,
            "title": _title(alert),
            "desk": desk,
            "raised_at": alert.raised_at.isoformat(),
            "url": link,
        }
    return json.dumps(payload, ensure_ascii=False).encode()


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """Return the signature header value: HMAC-SHA256 of "timestamp.body" with the secret."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"sha256={digest.hexdigest()}"


def _post_webhook(alert: Alert, channel: Channel) -> None:
    body = webhook_body(alert, channel)
    timestamp = str(int(time.time()))
    request = urllib.request.Request(  # noqa: S310 - the administrator's https/http address
        channel.url,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json; charset=utf-8", TIMESTAMP_HEADER: timestamp},
    )
    if channel.secret:
        request.add_header(SIGNATURE_HEADER, signature(channel.secret, timestamp, body))
    with urllib.request.urlopen(request, timeout=webhook_timeout()) as response:  # noqa: S310
        if not 200 <= response.status < 300:
            raise OSError(f"HTTP {response.status}")


def _send_email(alert: Alert, channel: Channel) -> None:
    recipients = set(
        Delivery.objects.filter(alert=alert)
        .exclude(user__email="")
        .values_list("user__email", flat=True)
    )
    recipients |= {a.strip() for a in channel.extra_addresses.split(",") if a.strip()}
    if not recipients:
        return
    body = "\n".join(
        part
        for part in (
            _title(alert),
            alert.subject,
            str(alert.desk) if alert.desk_id else "",
            _absolute(alert.url or alert.get_absolute_url()),
        )
        if part
    )
    send_mail(_title(alert), body, None, sorted(recipients), fail_silently=False)


def send_one(message: OutboxMessage) -> bool:
    """Send one message and record the outcome; return whether it went."""
    alert, channel = message.alert, message.channel
    now = timezone.now()
    try:
        with translation.override(settings.LANGUAGE_CODE):
            if channel.type == Channel.Type.WEBHOOK:
                _post_webhook(alert, channel)
            else:
                _send_email(alert, channel)
    except (OSError, urllib.error.URLError, ValueError) as error:
        # URLError and timeouts are OSErrors; SMTP errors too. Keep it, try again later.
        message.attempts += 1
        message.last_error = f"{type(error).__name__}: {error}"[:500]
        if message.attempts >= max_attempts():
            message.status = OutboxMessage.Status.FAILED
        else:
            message.next_attempt_at = now + backoff(message.attempts)
        message.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
        return False
    message.attempts += 1
    message.status = OutboxMessage.Status.SENT
    message.sent_at = now
    message.last_error = ""
    message.save(update_fields=["attempts", "status", "sent_at", "last_error"])
    return True


@dataclass
class SendResult:
    sent: int = 0
    failed: int = 0


def send_due(*, now: datetime | None = None, limit: int = 100) -> SendResult:
    """Send the messages whose time has come, each under a row lock that two workers skip."""
    now = now or timezone.now()
    result = SendResult()
    due = OutboxMessage.objects.filter(
        status=OutboxMessage.Status.PENDING, next_attempt_at__lte=now
    ).order_by("next_attempt_at", "pk")
    for pk in list(due.values_list("pk", flat=True)[:limit]):
        with transaction.atomic():
            rows = OutboxMessage.objects.select_related("alert", "alert__desk", "channel")
            if connection.features.has_select_for_update_skip_locked:
                rows = rows.select_for_update(skip_locked=True, of=("self",))
            message = rows.filter(pk=pk, status=OutboxMessage.Status.PENDING).first()
            if message is None:
                continue  # another worker has it
            if send_one(message):
                result.sent += 1
            else:
                result.failed += 1
    return result
