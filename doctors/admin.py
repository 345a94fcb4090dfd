"""Managers keep their own departments' doctors; supervisors and administrators keep all."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from hospital.admin_scope import ScopedAdminMixin
from hospital.desks import works_at_every_desk
from hospital.localized import FillTraditionalAdminMixin
from hospital.models import Department

from .models import Absence, ClinicSession, Doctor, Speciality


class ClinicSessionInline(admin.TabularInline):
    model = ClinicSession
    extra = 1


class AbsenceInline(admin.TabularInline):
    model = Absence
    extra = 1


@admin.register(Doctor)
class DoctorAdmin(FillTraditionalAdminMixin, ScopedAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "name_en", "title", "department", "is_active"]
    list_filter = ["title", "is_active", ("department", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["department"]
    search_fields = ["name", "name_zh_hant", "name_en"]
    filter_horizontal = ["specialities"]
    inlines = [ClinicSessionInline, AbsenceInline]
    fieldsets = [
        (None, {"fields": ["title", "department", "is_active", "photo"]}),
        (_("Names"), {"fields": ["name", "name_zh_hant", "name_en"]}),
        (_("Specialities"), {"fields": ["specialities"]}),
    ]

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        # A manager files a doctor under a department they manage, never another's.
        if db_field.name == "department" and not works_at_every_desk(request.user):
            kwargs["queryset"] = Department.objects.managed_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Speciality)
class SpecialityAdmin(FillTraditionalAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "name_zh_hant", "name_en", "concepts"]
    search_fields = ["name", "name_zh_hant", "name_en", "concepts"]
