from django.contrib import admin, messages
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from hospital.admin_base import ServiceAdminMixin
from hospital.admin_scope import ReadOnlyVersionsMixin

from .models import Display, Notice, QueuePrefix
from .services import (
    display_new_key,
    display_register,
    display_revoke,
    display_token,
    notice_delete,
    notice_save,
)


@admin.register(QueuePrefix)
class QueuePrefixAdmin(ReadOnlyVersionsMixin, SimpleHistoryAdmin):
    list_display = ["desk", "purpose", "prefix"]
    list_filter = ["desk"]
    list_select_related = ["desk"]


@admin.register(Display)
class DisplayAdmin(ServiceAdminMixin, ReadOnlyVersionsMixin, SimpleHistoryAdmin):
    """Register a TV: saving gives it a secret address to open once on the TV's browser."""

    list_display = ["name", "desk", "theme", "language", "show_names", "revoked_at"]
    list_filter = ["desk", "theme"]
    list_select_related = ["desk"]
    fields = [
        "name",
        "desk",
        "theme",
        "language",
        "show_names",
        "address",
        "revoked_at",
        "created_by",
        "created_at",
    ]
    readonly_fields = ["address", "revoked_at", "created_by", "created_at"]
    actions = ["revoke", "issue_new_key"]

    @admin.display(description=_("address for the TV"))
    def address(self, obj: Display) -> str:
        if not obj.pk or not obj.key:
            return str(_("Save first: the address appears here."))
        if obj.is_revoked:
            return str(_("Revoked: issue a new key to use this display again."))
        # A link on this server: opened, the browser's address bar holds the full address to
        # bookmark on the TV.
        path = reverse("hall:display", args=[display_token(obj)])
        return format_html('<a href="{}" rel="noreferrer" target="_blank">{}</a>', path, path)

    def service_save(
        self, request: HttpRequest, obj: Display, form: ModelForm, change: bool
    ) -> None:
        display_register(display=obj, by=request.user)  # type: ignore[arg-type]

    @admin.action(description=_("Revoke: refuse these displays' addresses"))
    def revoke(self, request: HttpRequest, queryset: QuerySet[Display]) -> None:
        for display in queryset:
            display_revoke(display=display, by=request.user)  # type: ignore[arg-type]
        self.message_user(
            request, _("Revoked; those TVs now show “not registered”."), messages.SUCCESS
        )

    @admin.action(description=_("Issue a new key (the old address stops working)"))
    def issue_new_key(self, request: HttpRequest, queryset: QuerySet[Display]) -> None:
        for display in queryset:
            display_new_key(display=display, by=request.user)  # type: ignore[arg-type]
        self.message_user(
            request,
            _("New keys issued: open each display's page for its new address."),
            messages.SUCCESS,
        )


@admin.register(Notice)
class NoticeAdmin(ServiceAdminMixin, ReadOnlyVersionsMixin, SimpleHistoryAdmin):
    list_display = ["text", "desk", "is_active", "sort_order"]
    list_editable = ["is_active", "sort_order"]
    list_filter = ["is_active", "desk"]
    list_select_related = ["desk"]

    def service_save(
        self, request: HttpRequest, obj: Notice, form: ModelForm, change: bool
    ) -> None:
        notice_save(notice=obj, by=request.user)  # type: ignore[arg-type]

    def delete_model(self, request: HttpRequest, obj: Notice) -> None:
        notice_delete(notice=obj, by=request.user)  # type: ignore[arg-type]

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Notice]) -> None:
        for notice in queryset:
            notice_delete(notice=notice, by=request.user)  # type: ignore[arg-type]
