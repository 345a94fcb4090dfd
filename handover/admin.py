"""Handover in the admin: the configuration is edited here; what people did is only read.

Sheets, loans, books and escorts are written through handover.services, where the rules are.
"""

from django.contrib import admin
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from hospital.admin_base import LogReadsMixin, ReadOnlyAdmin, ReadOnlyInline
from hospital.admin_scope import ReadOnlyVersionsMixin, ScopedAdminMixin
from hospital.localized import FillTraditionalAdminMixin

from .models import (
    AfterHoursBook,
    AfterHoursEntry,
    ChecklistEntry,
    ChecklistTemplate,
    ChecklistTemplateItem,
    Equipment,
    EquipmentLoan,
    Escort,
    Handoff,
    HandoverSheet,
    HandoverTask,
    Key,
    KeyLoan,
    SheetAddendum,
    SheetEvent,
    Shift,
)


@admin.register(Escort)
class EscortAdmin(LogReadsMixin, ScopedAdminMixin, ReadOnlyAdmin):
    list_display = ["visit", "guide", "guide_name", "destination", "started_at", "arrived_at"]
    list_filter = [
        ("started_at", admin.DateFieldListFilter),
        ("destination", admin.RelatedOnlyFieldListFilter),
        "visit__desk",
    ]
    list_select_related = ["visit", "guide", "destination"]
    search_fields = ["visit__visitor__phone", "guide_name"]
    date_hierarchy = "started_at"
    show_full_result_count = False


@admin.register(Handoff)
class HandoffAdmin(LogReadsMixin, ScopedAdminMixin, ReadOnlyAdmin):
    list_display = ["visit", "receiver_name", "receiver_role", "receiver_title", "handed_at"]
    list_filter = [
        "receiver_role",
        ("handed_at", admin.DateFieldListFilter),
        "visit__desk",
        ("visit__destination", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["visit", "recorded_by"]
    search_fields = ["visit__visitor__phone", "receiver_name"]
    date_hierarchy = "handed_at"
    show_full_result_count = False


@admin.register(Shift)
class ShiftAdmin(FillTraditionalAdminMixin, ReadOnlyVersionsMixin, SimpleHistoryAdmin):
    list_display = ["desk", "name", "starts_at", "ends_at", "sort_order", "is_active"]
    list_filter = ["desk", "is_active"]
    list_select_related = ["desk"]
    list_editable = ["sort_order", "is_active"]


class ChecklistTemplateItemInline(admin.TabularInline):
    model = ChecklistTemplateItem
    extra = 1


@admin.register(ChecklistTemplate)
class ChecklistTemplateAdmin(FillTraditionalAdminMixin, ReadOnlyVersionsMixin, SimpleHistoryAdmin):
    list_display = ["name", "desk", "is_active"]
    list_select_related = ["desk"]
    inlines = [ChecklistTemplateItemInline]


@admin.register(Key)
class KeyAdmin(FillTraditionalAdminMixin, ReadOnlyVersionsMixin, SimpleHistoryAdmin):
    """Keys are configured here; what happens to them (issued, lost, lock changed, withdrawn)
    goes through the key register's services, so those fields are read-only here."""

    list_display = ["code", "door", "desk", "copies", "lock_change_required"]
    list_filter = ["desk", "lock_change_required"]
    list_select_related = ["desk"]
    search_fields = ["code", "door"]

    def get_readonly_fields(self, request: HttpRequest, obj: Key | None = None) -> list[str]:
        # A new key's copies are counted once here; after that only the services change them
        # (a lost or damaged key withdraws a copy) and mark or clear the lock change.
        if obj is None:
            return ["lock_change_required", "lock_change_reported_at"]
        return ["copies", "lock_change_required", "lock_change_reported_at"]


@admin.register(Equipment)
class EquipmentAdmin(ReadOnlyVersionsMixin, SimpleHistoryAdmin):
    list_display = ["label", "kind", "desk", "is_active"]
    list_filter = ["desk", "kind", "is_active"]
    list_select_related = ["desk"]
    search_fields = ["label"]


class ChecklistEntryInline(ReadOnlyInline):
    model = ChecklistEntry
    fields = ["label", "mark", "comment"]


class SheetEventInline(ReadOnlyInline):
    model = SheetEvent
    fields = ["kind", "by", "at", "reason"]


class SheetAddendumInline(ReadOnlyInline):
    model = SheetAddendum
    fields = ["text", "written_by", "written_at"]


@admin.register(HandoverSheet)
class HandoverSheetAdmin(ScopedAdminMixin, ReadOnlyAdmin):
    list_display = ["date", "desk", "shift", "outgoing", "incoming", "status", "countersigned_by"]
    list_filter = ["status", "desk", ("date", admin.DateFieldListFilter)]
    list_select_related = ["desk", "shift", "outgoing", "incoming", "countersigned_by"]
    date_hierarchy = "date"
    inlines = [ChecklistEntryInline, SheetEventInline, SheetAddendumInline]
    show_full_result_count = False


@admin.register(KeyLoan)
class KeyLoanAdmin(ScopedAdminMixin, ReadOnlyAdmin):
    list_display = [
        "key",
        "issued_to",
        "purpose",
        "issued_at",
        "due_back_at",
        "returned_at",
        "condition",
    ]
    list_filter = ["condition", "key__desk"]
    list_select_related = ["key", "issued_by"]
    date_hierarchy = "issued_at"
    show_full_result_count = False


@admin.register(EquipmentLoan)
class EquipmentLoanAdmin(LogReadsMixin, ScopedAdminMixin, ReadOnlyAdmin):
    list_display = [
        "equipment",
        "borrower_kind",
        "borrower_name",
        "visit",
        "lent_at",
        "due_back_at",
        "returned_at",
    ]
    list_filter = ["borrower_kind", "equipment__desk"]
    list_select_related = ["equipment", "visit"]
    date_hierarchy = "lent_at"
    show_full_result_count = False


class AfterHoursEntryInline(ReadOnlyInline):
    model = AfterHoursEntry
    fields = [
        "received_at",
        "kind",
        "text",
        "caller_name",
        "is_urgent",
        "recorded_by",
        "complaint_id",
        "task",
    ]


@admin.register(AfterHoursBook)
class AfterHoursBookAdmin(ScopedAdminMixin, ReadOnlyAdmin):
    list_display = [
        "night_of",
        "desk",
        "status",
        "handed_over_by",
        "taken_back_by",
        "taken_back_at",
    ]
    list_filter = ["status", "desk"]
    list_select_related = ["desk", "handed_over_by", "taken_back_by"]
    inlines = [AfterHoursEntryInline]


@admin.register(HandoverTask)
class HandoverTaskAdmin(ScopedAdminMixin, ReadOnlyAdmin):
    list_display = ["text", "desk", "created_at", "done_at"]
    list_filter = ["desk"]
    list_select_related = ["desk"]
