from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as BaseGroupAdmin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import Group, User
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .admin_scope import ReadOnlyVersionsMixin
from .localized import FillTraditionalAdminMixin
from .models import AccessLog, CalendarDay, Department, Desk, StaffProfile


@admin.register(Department)
class DepartmentAdmin(FillTraditionalAdminMixin, SimpleHistoryAdmin):
    list_display = [
        "code",
        "name_zh_hans",
        "name_en",
        "kind",
        "catalogue_code",
        "location",
        "phone_extension",
        "is_active",
    ]
    list_filter = ["kind", "is_active"]
    search_fields = ["code", "name_zh_hans", "name_zh_hant", "name_en", "catalogue_code"]
    filter_horizontal = ["managers"]
    fieldsets = [
        (None, {"fields": ["code", "catalogue_code", "kind", "is_active", "sort_order"]}),
        (_("Names"), {"fields": ["name_zh_hans", "name_zh_hant", "name_en"]}),
        (
            _("Where and when"),
            {
                "fields": [
                    "building",
                    "building_zh_hant",
                    "building_en",
                    "floor",
                    "room",
                    "phone_extension",
                    "opening_hours",
                ]
            },
        ),
        (_("Managers"), {"fields": ["managers"]}),
    ]

    @admin.display(description=_("location"))
    def location(self, obj: Department) -> str:
        return obj.location


@admin.register(Desk)
class DeskAdmin(FillTraditionalAdminMixin, SimpleHistoryAdmin):
    list_display = ["code", "name", "building", "floor", "phone_extension", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["code", "name"]


@admin.register(StaffProfile)
class StaffProfileAdmin(ReadOnlyVersionsMixin, SimpleHistoryAdmin):
    list_display = ["user", "job_title", "home_desk"]
    list_select_related = ["user", "home_desk"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user"]
    filter_horizontal = ["desks"]


@admin.register(CalendarDay)
class CalendarDayAdmin(SimpleHistoryAdmin):
    list_display = ["date", "weekday", "kind", "note"]
    list_filter = ["kind"]
    search_fields = ["note"]
    date_hierarchy = "date"

    @admin.display(description=_("weekday"))
    def weekday(self, obj: CalendarDay) -> str:
        from django.utils.formats import date_format

        return date_format(obj.date, "l")

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        from django.contrib import messages

        from .workdays import coverage_warning

        warning = coverage_warning()
        if warning:
            messages.warning(request, warning)
        return super().changelist_view(request, extra_context)


@admin.register(AccessLog)
class AccessLogAdmin(admin.ModelAdmin):
    """Who read which person's record: for administrators to read and filter, never to edit."""

    list_display = ["at", "username", "ip", "kind", "content_type", "object_id", "label"]
    list_select_related = ["content_type"]
    list_filter = ["kind", "content_type", "at"]
    search_fields = ["username", "label", "object_id", "ip", "path"]
    date_hierarchy = "at"
    readonly_fields = [
        "at",
        "user",
        "username",
        "ip",
        "kind",
        "content_type",
        "object_id",
        "label",
        "path",
    ]
    # The user column is the name written at the time; no dropdown of every account.
    raw_id_fields = ["user"]
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AccessLog | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AccessLog | None = None) -> bool:
        return False


# Accounts and role groups with their history: who granted a role, made someone staff, disabled
# an account (the password and last login are not in it, see hospital.models).
admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class UserAdmin(SimpleHistoryAdmin, BaseUserAdmin):
    pass


@admin.register(Group)
class GroupAdmin(SimpleHistoryAdmin, BaseGroupAdmin):
    pass
