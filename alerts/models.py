"""Alerts, their deliveries to the people who must act, and the outbox of outbound channels.

An `Alert` is one condition that someone must know about (one row per `dedup_key`). It is
delivered to the people of its audience who may see its record: one `Delivery` each, written
when the alert is raised (and again for newcomers each time a time-based rule sees the
condition still holding). The bell counts a person's open deliveries; the live poll reads the
latest `changed_at` of them. Channels (email, webhook) receive an `OutboxMessage` written in the
same transaction as the alert and sent later by `send_outbox`.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hospital.constraints import implies
from hospital.fields import by_user_field, choice_check, record_type_field, stamped_after
from hospital.models import Desk


class Level(models.TextChoices):
    # Labels of their own: "Urgent" elsewhere is an urgent illness (急症), not a loud alert.
    INFO = "info", _("For information")
    WARNING = "warning", _("Needs attention")
    URGENT = "urgent", _("Urgent: act now")


# Levels in rising order, for "this level and above".
LEVEL_RANK = {Level.INFO: 0, Level.WARNING: 1, Level.URGENT: 2}


class Kind(models.TextChoices):
    """What happened: the rule that raised the alert (the title shown)."""

    ESCALATION_OPENED = "escalation_opened", _("Escalation opened")
    ESCALATION_OVERDUE = "escalation_overdue", _("Emergency team not called within 1 minute")
    AFTER_HOURS_URGENT = "after_hours_urgent", _("Urgent after-hours entry")
    KEY_LOST = "key_lost", _("Key lost")
    VISIT_REASSESS = "visit_reassess", _("Visitor past re-assessment time")
    VISIT_UNTRIAGED = "visit_untriaged", _("Visitor waiting untriaged")
    COMPLAINT_DUE_TODAY = "complaint_due_today", _("Complaint due today")
    COMPLAINT_OVERDUE = "complaint_overdue", _("Complaint overdue")
    COMPLAINT_ESCALATED = "complaint_escalated", _("Complaint escalated")
    SHEET_REFUSED = "sheet_refused", _("Handover sheet refused")
    LOAN_OVERDUE = "loan_overdue", _("Loan overdue")


class AlertQuerySet(models.QuerySet["Alert"]):
    def open(self) -> "AlertQuerySet":
        """Return the alerts nobody has acknowledged whose condition still holds."""
        return self.filter(acknowledged_at__isnull=True, cleared_at__isnull=True)


class Alert(models.Model):
    """One condition someone must know about, linked to its record, acknowledged by one tap.

    People read alerts through their own deliveries (the inbox); the admin shows them to
    administrators only, so the model needs no `visible_to` of its own.
    """

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    level = models.CharField(_("level"), max_length=8, choices=Level.choices)
    # One alert per condition: "kind:record:step". Raising it again returns this row.
    dedup_key = models.CharField(_("condition key"), max_length=200, unique=True)
    subject = models.CharField(
        _("record"), max_length=200, help_text=_("The record as it read when the alert rose.")
    )
    detail = models.CharField(_("detail"), max_length=300, blank=True)
    url = models.CharField(_("link"), max_length=300, blank=True)
    content_type = record_type_field()
    object_id = models.CharField(_("record id"), max_length=64, blank=True)
    desk = models.ForeignKey(
        Desk,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("desk"),
    )
    audience = models.JSONField(
        _("audience"),
        default=dict,
        blank=True,
        help_text=_("Who must act, as the rule named them (users, desks, departments, roles)."),
    )
    each_must_acknowledge = models.BooleanField(
        _("each recipient acknowledges"),
        default=False,
        help_text=_("Off: one recipient's acknowledgement acknowledges it for everyone."),
    )
    raised_at = models.DateTimeField(_("raised at"), default=timezone.now)
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)
    acknowledged_by = by_user_field(_("acknowledged by"))
    cleared_at = models.DateTimeField(
        _("cleared at"),
        null=True,
        blank=True,
        help_text=_("When the condition stopped holding (the team was called, the key returned)."),
    )

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-raised_at", "-pk"]
        indexes = [
            models.Index(fields=["-raised_at"], name="alert_raised_idx"),
            models.Index(
                fields=["kind"],
                condition=models.Q(acknowledged_at__isnull=True, cleared_at__isnull=True),
                name="alert_open_kind_idx",
            ),
        ]
        constraints = [
            choice_check("level", Level.values, name="alert_level_valid"),
            stamped_after("acknowledged_at", "raised_at", name="alert_ack_after_raise"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.subject}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return f"{reverse('alerts:list')}#alert-{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.acknowledged_at is None and self.cleared_at is None


class DeliveryQuerySet(models.QuerySet["Delivery"]):
    def waiting(self) -> "DeliveryQuerySet":
        """Return the deliveries still asking their person to act."""
        return self.filter(done_at__isnull=True)


class Delivery(models.Model):
    """An alert in one person's inbox: open until they (or, for a shared alert, anyone) act."""

    alert = models.ForeignKey(
        Alert, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("alert")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("recipient"),
    )
    # Copied from the alert so that the bell's one query needs no join.
    level = models.CharField(_("level"), max_length=8, choices=Level.choices)
    delivered_at = models.DateTimeField(_("delivered at"), default=timezone.now)
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)
    # Set when this person need no longer act: they or another recipient acknowledged, or the
    # condition cleared. The bell counts the rows where it is empty.
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    # Every change to the row moves this on: the live poll's ETag is its latest value.
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["-delivered_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "-changed_at"], name="delivery_user_changed_idx"),
            models.Index(
                fields=["user", "level"],
                condition=models.Q(done_at__isnull=True),
                name="delivery_waiting_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["alert", "user"], name="delivery_once_per_person"),
            choice_check("level", Level.values, name="delivery_level_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.alert} → {self.user}"


class Channel(models.Model):
    """An outbound channel: an email to the recipients or a webhook (a chat group's robot)."""

    class Type(models.TextChoices):
        EMAIL = "email", _("Email to the recipients")
        WEBHOOK = "webhook", _("Webhook")

    class Format(models.TextChoices):
        JSON = "json", _("JSON (signed)")
        WECOM = "wecom", _("Enterprise chat group robot (text message)")

    name = models.CharField(_("name"), max_length=80)
    type = models.CharField(_("type"), max_length=8, choices=Type.choices)
    is_active = models.BooleanField(_("active"), default=True)
    min_level = models.CharField(
        _("from level"),
        max_length=8,
        choices=Level.choices,
        default=Level.URGENT,
        help_text=_("Alerts of this level and above go out on this channel."),
    )
    url = models.URLField(_("webhook address"), max_length=500, blank=True)
    format = models.CharField(
        _("webhook format"), max_length=8, choices=Format.choices, default=Format.JSON
    )
    secret = models.CharField(
        _("secret"),
        max_length=200,
        blank=True,
        help_text=_(
            "Signs each webhook body (HMAC-SHA256 in the X-FrontDesk-Signature header) so the "
            "receiver can check it came from here."
        ),
    )
    extra_addresses = models.CharField(
        _("also email"),
        max_length=500,
        blank=True,
        help_text=_("Addresses that get every alert of this channel, separated by commas."),
    )

    class Meta:
        verbose_name = _("outbound channel")
        verbose_name_plural = _("outbound channels")
        ordering = ["name"]
        constraints = [
            choice_check("type", ["email", "webhook"], name="channel_type_valid"),
            implies(models.Q(type="webhook"), ~models.Q(url=""), name="channel_webhook_has_url"),
        ]

    def __str__(self) -> str:
        return self.name


class OutboxMessage(models.Model):
    """One alert to send on one channel; written with the alert, sent by `send_outbox`."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Gave up")

    alert = models.ForeignKey(
        Alert, on_delete=models.CASCADE, related_name="outbox", verbose_name=_("alert")
    )
    channel = models.ForeignKey(
        Channel, on_delete=models.CASCADE, related_name="messages", verbose_name=_("channel")
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(status="pending"),
                name="outbox_due_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["alert", "channel"], name="outbox_once_per_channel"),
            choice_check("status", ["pending", "sent", "failed"], name="outbox_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.alert} → {self.channel}"
