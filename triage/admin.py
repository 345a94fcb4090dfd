from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from hospital.admin_base import LogReadsMixin, ReadOnlyAdmin
from hospital.admin_scope import ReadOnlyVersionsMixin, ScopedAdminMixin
from hospital.localized import localized

from .models import (
    Escalation,
    RoutingConcept,
    RoutingRule,
    RoutingSettings,
    TriageDecision,
    UrgencyLevel,
)
from .routing.reports import most_overridden, rule_names
from .rule_forms import RoutingConceptForm, RoutingRuleForm, RoutingSettingsForm
from .rule_services import (
    routing_concept_delete,
    routing_concept_save,
    routing_rule_delete,
    routing_rule_save,
    routing_settings_save,
)

# The override report reads this many of the latest overridden decisions.
OVERRIDES_REPORTED = 1000


class ReadOnlyRecordAdmin(LogReadsMixin, ScopedAdminMixin, ReadOnlyAdmin):
    """Records of what a guide did on the tablet: the admin reads them, the flow writes them.

    Each person sees those of the visits they may open (`VisitRecordQuerySet.visible_to`).
    """


class _LiveRoutingAdmin(SimpleHistoryAdmin):
    """Save and delete rules and concepts through their services, which make each change live in
    every process; a bulk delete goes through the service one row at a time."""

    def save_live(self, obj: Any) -> None:
        raise NotImplementedError("A routing admin saves through its service.")

    def delete_live(self, obj: Any) -> None:
        raise NotImplementedError("A routing admin deletes through its service.")

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        self.save_live(obj)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        self.delete_live(obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for obj in queryset:
            self.delete_live(obj)


@admin.register(UrgencyLevel)
class UrgencyLevelAdmin(ReadOnlyVersionsMixin, SimpleHistoryAdmin):
    list_display = ["code", "reassess_minutes"]
    list_editable = ["reassess_minutes"]
    ordering = ["code"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # the four national levels exist from the first migrate

    def has_delete_permission(self, request: HttpRequest, obj: UrgencyLevel | None = None) -> bool:
        return False


@admin.register(TriageDecision)
class TriageDecisionAdmin(ReadOnlyRecordAdmin):
    list_display = ["visit", "department", "urgency", "overridden", "decided_by", "decided_at"]
    list_filter = [
        "urgency",
        "overridden",
        ("department", admin.RelatedOnlyFieldListFilter),
        "visit__desk",
        ("decided_at", admin.DateFieldListFilter),
    ]
    list_select_related = ["visit", "department", "decided_by"]
    search_fields = ["visit__visitor__phone", "visit__chief_complaint", "override_reason"]
    date_hierarchy = "decided_at"
    show_full_result_count = False


@admin.register(Escalation)
class EscalationAdmin(ReadOnlyRecordAdmin):
    list_display = [
        "visit",
        "spotted_at",
        "spotted_by",
        "minutes_to_team_call",
        "family_notified_at",
        "handed_to_er_at",
        "closed_at",
    ]
    list_filter = [
        ("spotted_at", admin.DateFieldListFilter),
        "visit__desk",
        ("visit__destination", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["visit", "spotted_by"]
    search_fields = ["visit__visitor__phone", "observation"]
    date_hierarchy = "spotted_at"

    @admin.display(description=_("minutes to team call"))
    def minutes_to_team_call(self, obj: Escalation) -> float | None:
        return obj.minutes_to_team_call


# --- routing: rules, concepts, settings and what the guides overrode ----------------------------


@admin.register(RoutingRule)
class RoutingRuleAdmin(_LiveRoutingAdmin):
    form = RoutingRuleForm
    list_display = ["name", "kind", "department", "urgency", "weight", "is_active", "updated_at"]
    list_filter = ["kind", "is_active", "urgency", ("department", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["department"]
    search_fields = [
        "name",
        "name_zh_hant",
        "name_en",
        "phrases",
        "department__code",
        "department__name_zh_hans",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "name_zh_hant",
                    "name_en",
                    "kind",
                    "department",
                    "urgency",
                    "weight",
                    "is_active",
                ]
            },
        ),
        (_("Words"), {"fields": ["phrases", "requires", "unless"]}),
        (
            _("Conditions"),
            {"fields": ["min_age", "max_age", "sex", "min_temperature", "child_department"]},
        ),
        (None, {"fields": ["note"]}),
    ]

    def save_live(self, obj: RoutingRule) -> None:
        routing_rule_save(rule=obj)

    def delete_live(self, obj: RoutingRule) -> None:
        routing_rule_delete(rule=obj)

    def get_urls(self) -> list:
        urls = [
            path(
                "overrides/",
                self.admin_site.admin_view(self.overrides_view),
                name="triage_routingrule_overrides",
            )
        ]
        return urls + super().get_urls()

    def overrides_view(self, request: HttpRequest) -> HttpResponse:
        """Show the rules and concepts guides overrode most, where they sent people instead."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        decisions = list(
            TriageDecision.objects.filter(overridden=True)
            .select_related("visit", "department")
            .order_by("-decided_at", "-pk")[:OVERRIDES_REPORTED]
        )
        # A suggestion stores its rules' names in the guide's language: each is read back to its
        # rule, so a rule is one row, named in the reader's language.
        stored = rule_names(decisions)
        by_name = {
            name: rule
            for rule in RoutingRule.objects.filter(
                Q(name__in=stored) | Q(name_zh_hant__in=stored) | Q(name_en__in=stored)
            )
            for name in (rule.name, rule.name_zh_hant, rule.name_en)
            if name
        }
        rules, concepts = most_overridden(
            decisions, rule_of=lambda name: by_name[name].name if name in by_name else name
        )
        for row in rules:
            if row.name in by_name:
                row.name = localized(by_name[row.name], "name")
        titles = {
            concept.name: localized(concept, "label")
            for concept in RoutingConcept.objects.filter(name__in=[row.name for row in concepts])
        }
        for row in concepts:
            row.name = f"@{row.name} {titles.get(row.name, '')}".strip()
        context = {
            **self.admin_site.each_context(request),
            "title": _("What the guides overrode"),
            "opts": self.model._meta,
            "rules": rules,
            "concepts": concepts,
            "decisions": OVERRIDES_REPORTED,
        }
        return TemplateResponse(request, "admin/triage/routing_overrides.html", context)


@admin.register(RoutingConcept)
class RoutingConceptAdmin(_LiveRoutingAdmin):
    form = RoutingConceptForm
    list_display = ["__str__", "kind", "label", "label_en", "is_active", "updated_at"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "label", "label_zh_hant", "label_en", "forms"]

    def save_live(self, obj: RoutingConcept) -> None:
        routing_concept_save(concept=obj)

    def delete_live(self, obj: RoutingConcept) -> None:
        routing_concept_delete(concept=obj)


@admin.register(RoutingSettings)
class RoutingSettingsAdmin(SimpleHistoryAdmin):
    form = RoutingSettingsForm
    list_display = ["__str__", "fever_threshold", "child_age_limit", "child_fever_department"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # One row, created by the migration.
        return super().has_add_permission(request) and not RoutingSettings.objects.exists()

    def has_delete_permission(
        self, request: HttpRequest, obj: RoutingSettings | None = None
    ) -> bool:
        return False

    def save_model(
        self, request: HttpRequest, obj: RoutingSettings, form: ModelForm, change: bool
    ) -> None:
        routing_settings_save(routing_settings=obj)
