from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from hospital.admin_base import LogReadsMixin, ReadOnlyAdmin
from hospital.admin_scope import ReadOnlyVersionsMixin, ScopedAdminMixin
from hospital.phones import normalise_phone

from .models import Feedback, ImprovementPlan, Inquiry, Visit, Visitor


class PhoneSearchMixin:
    """Let staff search by phone however they type it (138 1234 5678, +86…)."""

    phone_lookup = "phone"

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Any], search_term: str
    ) -> tuple[QuerySet[Any], bool]:
        try:
            normalised = normalise_phone(search_term)
        except Exception:  # noqa: BLE001 - not a phone number: an ordinary search
            normalised = ""
        if normalised:
            return queryset.filter(**{self.phone_lookup: normalised}), False
        # A mixin: the ModelAdmin it is mixed into does the ordinary search.
        return super().get_search_results(request, queryset, search_term)  # type: ignore[misc]


@admin.register(Visitor)
class VisitorAdmin(LogReadsMixin, ScopedAdminMixin, PhoneSearchMixin, SimpleHistoryAdmin):
    list_display = ["__str__", "masked_phone", "sex", "birth_year", "source", "created_at"]
    list_filter = ["sex", "source", ("created_at", admin.DateFieldListFilter)]
    search_fields = ["name", "phone"]
    readonly_fields = ["created_at"]

    @admin.display(description=_("phone"))
    def masked_phone(self, obj: Visitor) -> str:
        return obj.masked_phone


@admin.register(Visit)
class VisitAdmin(LogReadsMixin, ScopedAdminMixin, PhoneSearchMixin, ReadOnlyAdmin):
    """Visits are logged and moved on the tablet (one write path); the admin reads and searches."""

    phone_lookup = "visitor__phone"
    list_display = [
        "pk",
        "arrived_at",
        "visitor_display",
        "masked_phone",
        "purpose",
        "status",
        "urgency",
        "destination",
        "desk",
        "is_priority",
    ]
    list_filter = [
        "status",
        "urgency",
        "purpose",
        "is_priority",
        ("destination", admin.RelatedOnlyFieldListFilter),
        "desk",
        ("arrived_at", admin.DateFieldListFilter),
    ]
    list_select_related = ["visitor", "destination", "desk"]
    search_fields = ["visitor__name", "visitor__phone", "chief_complaint"]
    date_hierarchy = "arrived_at"
    show_full_result_count = False  # counting 1.8 M rows on every page is wasted work

    @admin.display(description=_("visitor"), ordering="visitor__name")
    def visitor_display(self, obj: Visit) -> str:
        return obj.visitor.name or "—"

    @admin.display(description=_("phone"))
    def masked_phone(self, obj: Visit) -> str:
        return obj.visitor.masked_phone


@admin.register(Inquiry)
class InquiryAdmin(LogReadsMixin, ScopedAdminMixin, PhoneSearchMixin, ReadOnlyAdmin):
    list_display = [
        "pk",
        "received_at",
        "desk",
        "channel",
        "masked_phone",
        "topic",
        "outcome",
        "transferred_to",
        "callback_due_on",
        "callback_done_at",
    ]
    list_filter = [
        "channel",
        "topic",
        "outcome",
        "desk",
        ("transferred_to", admin.RelatedOnlyFieldListFilter),
        ("received_at", admin.DateFieldListFilter),
    ]
    list_select_related = ["desk", "transferred_to"]
    search_fields = ["caller_name", "phone", "question", "answer"]
    date_hierarchy = "received_at"
    show_full_result_count = False

    @admin.display(description=_("phone"))
    def masked_phone(self, obj: Inquiry) -> str:
        return obj.masked_phone


@admin.register(Feedback)
class FeedbackAdmin(LogReadsMixin, ScopedAdminMixin, ReadOnlyAdmin):
    list_display = [
        "pk",
        "submitted_at",
        "desk",
        "department",
        "visit_id",
        "channel",
        "care",
        "attitude",
        "fees",
        "environment",
        "ethos",
        "recommend",
    ]
    list_filter = [
        "channel",
        "desk",
        ("department", admin.RelatedOnlyFieldListFilter),
        ("submitted_at", admin.DateFieldListFilter),
    ]
    list_select_related = ["desk", "department"]
    search_fields = ["comment"]
    date_hierarchy = "submitted_at"
    show_full_result_count = False


@admin.register(ImprovementPlan)
class ImprovementPlanAdmin(ReadOnlyVersionsMixin, ReadOnlyAdmin):
    list_display = [
        "dimension",
        "period_start",
        "period_end",
        "desk",
        "department",
        "average",
        "due_on",
        "created_by",
    ]
    list_filter = ["dimension", "desk", ("department", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["desk", "department", "created_by"]
