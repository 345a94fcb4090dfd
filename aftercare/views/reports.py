"""The follow-up report: calls done on time by plan and department, reach rate, return visits."""

import datetime as dt

from django import forms
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from hospital.clock import local_today
from hospital.filters import DayField
from hospital.roles import Role, role_required
from reception.views.access import StaffRequest

from ..models import FollowUpStep
from ..reports import follow_up_report

# The report's default period: the last four weeks.
DEFAULT_DAYS = 28


class ReportPeriodForm(forms.Form):
    start = DayField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = DayField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError(
                _("The period ends before it starts: swap the dates."), code="order"
            )
        return data


@require_GET
@role_required(Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)
def follow_up_report_view(request: StaffRequest) -> HttpResponse:
    """Show the follow-up figures of a period: supervisors all plans, managers their departments'."""
    today = local_today()
    default = {"start": today - dt.timedelta(days=DEFAULT_DAYS), "end": today}
    form = ReportPeriodForm(request.GET or None, initial=default)
    period = default
    if form.is_bound and form.is_valid():
        # A date left empty keeps the default (the form's fields are optional).
        period = {
            "start": form.cleaned_data["start"] or default["start"],
            "end": form.cleaned_data["end"] or default["end"],
        }
    elif not form.is_bound:
        form = ReportPeriodForm(initial=default)
    report = follow_up_report(
        steps=FollowUpStep.objects.visible_to(request.user),
        start=period["start"],
        end=period["end"],
    )
    return render(request, "aftercare/report.html", {"form": form, "report": report})
