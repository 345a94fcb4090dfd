from django.contrib import admin  # noqa: F401

# --- issue 3: escorts and handoffs --------------------------------------------------------------
from triage.admin import ReadOnlyRecordAdmin  # noqa: E402

from .models import Escort, Handoff  # noqa: E402


@admin.register(Escort)
class EscortAdmin(ReadOnlyRecordAdmin):
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
class HandoffAdmin(ReadOnlyRecordAdmin):
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


# --- end issue 3 ---------------------------------------------------------------------------------
