"""Alerts in the admin: the record of who was told and who acknowledged, the outbound channels
(set up by an administrator, with the webhook's secret) and the outbox with its failures."""

from django.contrib import admin, messages
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Alert, Channel, Delivery, OutboxMessage


class _ReadOnly(admin.ModelAdmin):
    """Written by `notify` and the outbox worker only: the admin shows, it never edits."""

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class DeliveryInline(admin.TabularInline):
    model = Delivery
    fields = ("user", "delivered_at", "acknowledged_at", "done_at")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Alert)
class AlertAdmin(_ReadOnly):
    list_display = (
        "raised_at",
        "level",
        "kind",
        "subject",
        "desk",
        "acknowledged_by",
        "acknowledged_at",
        "cleared_at",
    )
    list_filter = ("level", "kind", "desk")
    list_select_related = ("desk", "acknowledged_by")
    search_fields = ("subject", "dedup_key")
    date_hierarchy = "raised_at"
    inlines = [DeliveryInline]


@admin.register(Channel)
class ChannelAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("name", "type", "is_active", "min_level", "url")
    list_filter = ("type", "is_active")
    fieldsets = (
        (None, {"fields": ("name", "type", "is_active", "min_level")}),
        (_("Webhook"), {"fields": ("url", "format", "secret")}),
        (_("Email"), {"fields": ("extra_addresses",)}),
    )


@admin.register(OutboxMessage)
class OutboxMessageAdmin(_ReadOnly):
    list_display = (
        "created_at",
        "alert",
        "channel",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "sent_at",
    )
    list_filter = ("status", "channel")
    list_select_related = ("alert", "channel")
    actions = ["retry_now"]

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        # Only for the "send again now" action; the change form stays read-only (no fields).
        return bool(request.user.is_superuser)

    def get_readonly_fields(self, request: HttpRequest, obj: object = None) -> list[str]:
        return [f.name for f in OutboxMessage._meta.fields]

    @admin.action(description=_("Send again at the next run"))
    def retry_now(self, request: HttpRequest, queryset: QuerySet[OutboxMessage]) -> None:
        count = 0
        for message in queryset.exclude(status=OutboxMessage.Status.SENT):
            message.status = OutboxMessage.Status.PENDING
            message.next_attempt_at = timezone.now()
            message.save(update_fields=["status", "next_attempt_at"])
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d message will be sent again.",
                "%(count)d messages will be sent again.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
