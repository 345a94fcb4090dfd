"""Plan templates are edited here; the records are written on the tablet (one write path) and
read here within each person's scope."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from hospital.admin_base import LogReadsMixin, ReadOnlyAdmin, ReadOnlyInline
from hospital.admin_scope import ReadOnlyVersionsMixin, ScopedAdminMixin
from hospital.localized import FillTraditionalAdminMixin

from .models import (
    AdmissionHelp,
    Confirmation,
    DischargeSendOff,
    FollowUpPlan,
    FollowUpStep,
    PlanTemplate,
    PlanTemplateStep,
)


class PlanTemplateStepInline(admin.StackedInline):
    model = PlanTemplateStep
    extra = 0
    fields = [
        "offset_days",
        "asks_satisfaction",
        "purpose",
        "purpose_zh_hant",
        "purpose_en",
        "script",
        "script_zh_hant",
        "script_en",
    ]


@admin.register(PlanTemplate)
class PlanTemplateAdmin(FillTraditionalAdminMixin, ReadOnlyVersionsMixin, SimpleHistoryAdmin):
    list_display = ["code", "name", "name_en", "is_active", "sort_order"]
    list_filter = ["is_active"]
    search_fields = ["code", "name", "name_zh_hant", "name_en"]
    inlines = [PlanTemplateStepInline]


class FollowUpStepInline(ReadOnlyInline):
    model = FollowUpStep
    fields = ("number", "due_on", "purpose", "status", "result", "satisfaction", "return_visit_on")
    readonly_fields = fields


@admin.register(FollowUpPlan)
class FollowUpPlanAdmin(LogReadsMixin, ScopedAdminMixin, ReadOnlyAdmin):
    list_display = [
        "pk",
        "template",
        "name",
        "masked_phone",
        "department",
        "desk",
        "status",
        "started_at",
    ]
    list_filter = ["status", "template", "desk", ("department", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["template", "department", "desk"]
    search_fields = ["name"]
    inlines = [FollowUpStepInline]

    @admin.display(description=FollowUpPlan._meta.get_field("phone").verbose_name)
    def masked_phone(self, obj: FollowUpPlan) -> str:
        return obj.masked_phone


@admin.register(Confirmation)
class ConfirmationAdmin(LogReadsMixin, ScopedAdminMixin, ReadOnlyAdmin):
    list_display = ["pk", "expected_on", "result", "new_date", "desk", "called_at", "called_by"]
    list_filter = ["result", "desk"]
    list_select_related = ["desk", "called_by"]


@admin.register(AdmissionHelp)
class AdmissionHelpAdmin(LogReadsMixin, ScopedAdminMixin, ReadOnlyAdmin):
    list_display = [
        "pk",
        "visit",
        "documents_checked",
        "escorted_to_admissions",
        "escorted_to_ward",
        "ward",
        "nurse_name",
        "recorded_at",
    ]
    list_select_related = ["visit", "ward"]


@admin.register(DischargeSendOff)
class DischargeSendOffAdmin(LogReadsMixin, ScopedAdminMixin, ReadOnlyAdmin):
    list_display = [
        "pk",
        "patient_name",
        "ward",
        "source",
        "card_given",
        "transport",
        "feedback_asked",
        "plan",
        "recorded_at",
    ]
    list_filter = ["source", "transport", "desk", ("ward", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["ward", "plan"]
    search_fields = ["patient_name"]
