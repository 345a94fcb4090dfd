"""Exit feedback on the tablet and the supervisor's satisfaction report with its plans."""

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hospital.access import Kind, log_access
from hospital.csv import csv_attachment
from hospital.filters import DayField, IdField, clean_param, query_object
from hospital.forms import submit
from hospital.models import Department, Desk
from hospital.records import new_form_token
from hospital.roles import Role, role_required

from ..forms.feedback import FeedbackForm, ImprovementPlanForm
from ..models import FEEDBACK_DIMENSIONS, Feedback, FeedbackDimension, Visit
from ..reports import satisfaction_report, trend_chart
from ..services import feedback as services
from .access import StaffRequest, desk_or_404, parse_day

# The satisfaction report opens on the last four weeks.
DEFAULT_REPORT_DAYS = 28


def survey_submit(form: FeedbackForm, *, desk: Desk, by: User) -> Feedback | None:
    """Save the survey `form` holds through the service; None when the form or the service
    refused it (the form's errors say why)."""
    return submit(
        form,
        lambda data: services.feedback_submit(
            desk=desk,
            recorded_by=by,
            scores=form.scores(),
            comment=data["comment"],
            visit=form.visit_obj,
            department=data["department"],
            channel=data["channel"],
            form_token=data["idempotency_key"],
        ),
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE)
def feedback_new(request: StaffRequest) -> HttpResponse:
    """The exit survey a guide hands to a leaving visitor, or fills in on the phone."""
    desk = desk_or_404(request)
    visit: Visit | None = None
    if request.method == "POST":
        form = FeedbackForm(request.POST, desk=desk)
        if form.is_valid():
            visit = form.visit_obj
        feedback = survey_submit(form, desk=desk, by=request.user)
        if feedback is not None:
            # The thanks page offers a complaint, so it lives on the top floor.
            return redirect(feedback)
    else:
        channel = request.GET.get("channel")
        number = _prefill_visit(request)
        # "Department seen" is where the visit was sent, so the visitor does not have to say.
        visit = (
            Visit.objects.visible_to(request.user).filter(pk=number, desk=desk).first()
            if number
            else None
        )
        form = FeedbackForm(
            desk=desk,
            initial={
                "idempotency_key": new_form_token(),
                "visit": number,
                "department": visit.destination_id if visit else None,
                "channel": channel
                if channel in Feedback.Channel.values
                else Feedback.Channel.TABLET,
            },
        )
    dimensions = [form[name] for name in FEEDBACK_DIMENSIONS]
    return render(
        request,
        "reception/feedback_form.html",
        {"form": form, "desk": desk, "dimensions": dimensions, "visit": visit},
    )


def _report_filters(request: StaffRequest) -> dict[str, Any]:
    today = timezone.localdate()
    end = parse_day(request, "end", today)
    start = parse_day(request, "start", end - dt.timedelta(days=DEFAULT_REPORT_DAYS - 1))
    if start > end:
        start, end = end, start
    desk = query_object(request, Desk.objects.all(), "desk")
    department = query_object(request, Department.objects.all(), "department")
    return {"start": start, "end": end, "desk": desk, "department": department}


def _render_satisfaction(
    request: StaffRequest,
    filters: dict[str, Any],
    *,
    bound: ImprovementPlanForm | None = None,
    status: int = 200,
) -> HttpResponse:
    """Render the report; `bound` is a plan form sent back with its errors in place."""
    report = satisfaction_report(**filters)
    planned = {plan.dimension for plan in report.plans}
    plan_forms = []
    for dimension in report.flagged:
        if dimension.name in planned:
            continue
        if bound is not None and bound.prefix == f"plan-{dimension.name}":
            plan_forms.append((dimension, bound))
            continue
        form = ImprovementPlanForm(
            prefix=f"plan-{dimension.name}",
            initial={
                "idempotency_key": new_form_token(),
                "dimension": dimension.name,
                "start": report.start,
                "end": report.end,
                "desk": report.desk.pk if report.desk else None,
                "department": report.department.pk if report.department else None,
                "due_on": timezone.localdate() + dt.timedelta(days=services.IMPROVEMENT_PLAN_DAYS),
            },
        )
        plan_forms.append((dimension, form))
    query = {
        "start": report.start.isoformat(),
        "end": report.end.isoformat(),
        "desk": report.desk.pk if report.desk else "",
        "department": report.department.pk if report.department else "",
    }
    return render(
        request,
        "reception/satisfaction_report.html",
        {
            "report": report,
            "chart": trend_chart(report),
            "plan_forms": plan_forms,
            "desks": Desk.objects.filter(is_active=True),
            "departments": Department.objects.active(),
            "csv_query": urlencode(query),
            "threshold": settings.SATISFACTION_THRESHOLD,
        },
        status=status,
    )


@require_GET
@role_required(Role.SUPERVISOR)
def satisfaction(request: StaffRequest) -> HttpResponse:
    """Average the six dimensions by period, desk and department; flag those under the threshold."""
    return _render_satisfaction(request, _report_filters(request))


@require_GET
@role_required(Role.SUPERVISOR)
def satisfaction_csv(request: StaffRequest) -> HttpResponse:
    """Export the report as CSV in UTF-8 with a BOM, so that Excel shows the Chinese."""
    report = satisfaction_report(**_report_filters(request))
    log_access(
        request, f"satisfaction {report.start:%Y-%m-%d}–{report.end:%Y-%m-%d}", kind=Kind.EXPORT
    )
    response, writer = csv_attachment(f"satisfaction-{report.start:%Y%m%d}-{report.end:%Y%m%d}.csv")
    labels = [str(label) for label in FeedbackDimension.labels]
    writer.writerow([_("Period"), _("Responses"), *labels])
    for point in report.trend:
        writer.writerow(
            [
                point.bucket.isoformat(),
                point.responses,
                *[
                    "" if point.averages[n] is None else point.averages[n]
                    for n in FEEDBACK_DIMENSIONS
                ],
            ]
        )
    writer.writerow(
        [
            f"{report.start.isoformat()}–{report.end.isoformat()}",
            report.responses,
            *["" if d.average is None else d.average for d in report.dimensions],
        ]
    )
    writer.writerow([_("Visits"), report.visits])
    writer.writerow([_("Response rate (%)"), report.response_rate or ""])
    writer.writerow([_("Response rate target (%)"), report.target])
    for row in report.by_channel:
        writer.writerow([row.label, row.responses, "" if row.rate is None else row.rate])
    writer.writerow([_("Desk"), str(report.desk) if report.desk else _("All desks")])
    writer.writerow(
        [_("Department"), str(report.department) if report.department else _("All departments")]
    )
    writer.writerow(
        [
            _("Flagged (under %(threshold)s)") % {"threshold": settings.SATISFACTION_THRESHOLD},
            " ".join(str(d.label) for d in report.flagged) or "-",
        ]
    )
    writer.writerow(
        [
            _("No improvement plan after a week"),
            " ".join(str(d.label) for d in report.plans_overdue) or "-",
        ]
    )
    return response


@require_POST
@role_required(Role.SUPERVISOR)
def improvement_plan_new(request: StaffRequest) -> HttpResponse:
    """Record the plan for a flagged dimension; errors come back next to the fields."""
    dimension = request.POST.get("dimension", "")
    if dimension not in FEEDBACK_DIMENSIONS:
        raise Http404
    form = ImprovementPlanForm(request.POST, prefix=f"plan-{dimension}")
    if not form.is_valid():
        filters = _plan_filters(form)
        if filters is None:
            raise Http404
        return _render_satisfaction(request, filters, bound=form)
    data = form.cleaned_data
    filters = _plan_filters(form)
    if filters is None:
        raise Http404
    report = satisfaction_report(**filters)
    average = next(d.average for d in report.dimensions if d.name == data["dimension"])
    if average is None:
        form.add_error(None, _("There is no score for this dimension in the period."))
        return _render_satisfaction(request, filters, bound=form)
    plan = submit(
        form,
        lambda data: services.improvement_plan_write(
            dimension=data["dimension"],
            period_start=filters["start"],
            period_end=filters["end"],
            desk=filters["desk"],
            department=filters["department"],
            average=average,
            note=data["note"],
            due_on=data["due_on"],
            created_by=request.user,
            form_token=data["idempotency_key"],
        ),
    )
    if plan is None:
        return _render_satisfaction(request, filters, bound=form)
    messages.success(request, _("Improvement plan saved."))
    query = {
        "start": filters["start"].isoformat(),
        "end": filters["end"].isoformat(),
        "desk": filters["desk"].pk if filters["desk"] else "",
        "department": filters["department"].pk if filters["department"] else "",
    }
    return redirect(f"{reverse('reception:satisfaction')}?{urlencode(query)}")


def _plan_filters(form: ImprovementPlanForm) -> dict[str, Any] | None:
    """Return the report filters a plan form was posted from, or None if they are unusable."""
    raw = {key: form[key].value() for key in ("start", "end", "desk", "department")}
    try:
        start = clean_param(raw, "start", DayField())
        end = clean_param(raw, "end", DayField())
        desk = clean_param(raw, "desk", IdField(Desk.objects.all()))
        department = clean_param(raw, "department", IdField(Department.objects.all()))
    except ValidationError:
        return None
    if start is None or end is None or start > end:
        return None
    return {"start": start, "end": end, "desk": desk, "department": department}


def _prefill_visit(request: StaffRequest) -> int | None:
    """Return the visit number in `?visit=` when it is one (the form checks it is this desk's)."""
    try:
        number = clean_param(request.GET, "visit", forms.IntegerField(required=False, min_value=1))
    except ValidationError:
        return None
    return number
