"""Inquiries, callbacks, exit feedback, the end-of-day summary and the satisfaction report.

Guides work these on the tablet at their current desk; supervisors read the summary and the
satisfaction report for any desk. Objects of another desk are 404 for a guide.
"""

import csv
import datetime as dt
import uuid
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hospital.desks import current_desk
from hospital.models import Department, Desk
from hospital.roles import Role, has_role, role_required

from . import services
from .forms import CallbackDoneForm, FeedbackForm, ImprovementPlanForm, InquiryForm
from .models import (
    FEEDBACK_DIMENSIONS,
    SATISFACTION_THRESHOLD,
    Feedback,
    FeedbackDimension,
    Inquiry,
)
from .summaries import daily_summary, day_bounds, satisfaction_report, trend_chart

INQUIRIES_PER_PAGE = 50
CALLBACKS_SHOWN = 200
# The satisfaction report opens on the last four weeks.
DEFAULT_REPORT_DAYS = 28


def _sees_all_desks(user: Any) -> bool:
    return has_role(user, Role.SUPERVISOR)


def _desk_or_404(request: HttpRequest) -> Desk:
    """Return the desk a page is about: a supervisor may pick one with ?desk=, a guide may not."""
    desk_id = request.GET.get("desk")
    if desk_id and _sees_all_desks(request.user):
        return get_object_or_404(Desk, pk=desk_id if desk_id.isdigit() else 0)
    desk = current_desk(request)
    if desk is None:
        raise Http404(_("No desk is set up yet; ask the administrator to add one."))
    return desk


def _inquiries_for(request: HttpRequest) -> QuerySet[Inquiry]:
    """Return the inquiries this user may open: a guide those of the tablet's desk."""
    inquiries = Inquiry.objects.select_related(
        "desk", "transferred_to", "recorded_by", "callback_done_by"
    )
    if _sees_all_desks(request.user):
        return inquiries
    return inquiries.filter(desk=current_desk(request))


def _parse_day(value: str | None, default: dt.date) -> dt.date:
    parsed = parse_date(value) if value else None
    return parsed or default


# --- Inquiries ----------------------------------------------------------------------------------


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def inquiry_list(request: HttpRequest) -> HttpResponse:
    """Show a day's inquiries of the desk, newest first, with one-tap buttons to record one."""
    desk = _desk_or_404(request)
    today = timezone.localdate()
    day = _parse_day(request.GET.get("day"), today)
    start, end = day_bounds(day)
    # The day's log, and what came in after hours before it and is on this day's list.
    inquiries = (
        Inquiry.objects.filter(desk=desk)
        .filter(Q(work_day=day) | Q(received_at__gte=start, received_at__lt=end))
        .select_related("transferred_to")
        .order_by("-received_at", "-pk")
    )
    page = Paginator(inquiries, INQUIRIES_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "desk": desk,
        "day": day,
        "today": today,
        "page": page,
        "page_query": urlencode(
            {"day": day.isoformat(), **({"desk": desk.pk} if request.GET.get("desk") else {})}
        ),
        "callbacks_due": Inquiry.objects.callbacks_due(desk, timezone.now()).count(),
        "channels": Inquiry.Channel.choices,
    }
    return render(request, "reception/inquiry_list.html", context)


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE)
def inquiry_new(request: HttpRequest) -> HttpResponse:
    """Record a question asked in person or on the phone, or a missed call."""
    desk = _desk_or_404(request)
    if request.method == "POST":
        form = InquiryForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                inquiry = services.inquiry_record(
                    desk=desk,
                    recorded_by=request.user,
                    idempotency_key=data["idempotency_key"],
                    channel=data["channel"],
                    phone=data["phone"],
                    caller_name=data["caller_name"],
                    topic=data["topic"],
                    question=data["question"],
                    answer=data["answer"],
                    outcome=data["outcome"],
                    transferred_to=data["transferred_to"],
                    transferred_to_person=data["transferred_to_person"],
                    callback_in_working_days=int(data["callback_in"] or 0),
                    callback_due_on=data["callback_due_on"],
                    rang_at=data["rang_at"],
                    answered_at=data["answered_at"],
                    expected_visit_on=data["expected_visit_on"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                _say_saved(request, inquiry)
                return redirect("reception:inquiry_list")
    else:
        channel = request.GET.get("channel")
        if channel not in Inquiry.Channel.values:
            channel = Inquiry.Channel.PHONE_IN
        initial: dict[str, Any] = {"idempotency_key": uuid.uuid4(), "channel": channel}
        if channel in Inquiry.PHONE_CHANNELS:
            initial["rang_at"] = timezone.localtime().replace(second=0, microsecond=0)
        form = InquiryForm(initial=initial)
    return render(
        request,
        "reception/inquiry_form.html",
        {"form": form, "desk": desk, "phone_channels": list(Inquiry.PHONE_CHANNELS)},
    )


def _say_saved(request: HttpRequest, inquiry: Inquiry) -> None:
    if inquiry.outcome == Inquiry.Outcome.CALLBACK:
        messages.success(
            request,
            _("Saved. It is on the callbacks list for %(day)s.")
            % {"day": inquiry.callback_due_on.isoformat()},
        )
    elif inquiry.work_day != timezone.localdate(inquiry.received_at):
        messages.success(
            request,
            _("Saved outside working hours: it is also on the list of %(day)s.")
            % {"day": inquiry.work_day.isoformat()},
        )
    else:
        messages.success(request, _("Inquiry saved."))


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def inquiry_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Show one inquiry in full, with the callback form while it is open."""
    inquiry = get_object_or_404(_inquiries_for(request), pk=pk)
    form = None
    if inquiry.is_open_callback and has_role(request.user, Role.GUIDE):
        form = CallbackDoneForm(initial={"version": inquiry.version}, prefix=f"cb{inquiry.pk}")
    return render(
        request,
        "reception/inquiry_detail.html",
        {"inquiry": inquiry, "form": form, "today": timezone.localdate()},
    )


# --- Callbacks ----------------------------------------------------------------------------------


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def callback_list(request: HttpRequest) -> HttpResponse:
    """Show the desk's callbacks due today and overdue, the oldest first."""
    desk = _desk_or_404(request)
    now = timezone.now()
    due = list(
        Inquiry.objects.callbacks_due(desk, now).select_related("transferred_to")[:CALLBACKS_SHOWN]
    )
    today = timezone.localdate(now)
    # After hours and over closures, what comes in is due on the next working day: show it
    # coming up, so that a guide on duty can ring back early and no one wonders where it went.
    upcoming = list(
        Inquiry.objects.of_desk(desk)
        .open_callbacks()
        .filter(callback_due_on__gt=today)
        .select_related("transferred_to")
        .order_by("callback_due_on", "received_at", "pk")[:CALLBACKS_SHOWN]
    )
    can_act = has_role(request.user, Role.GUIDE)
    return render(
        request,
        "reception/callback_list.html",
        {
            "desk": desk,
            "rows": [_callback_row(inquiry, can_act=can_act) for inquiry in due],
            "upcoming": [_callback_row(inquiry, can_act=can_act) for inquiry in upcoming],
            "today": today,
            "limit": CALLBACKS_SHOWN,
        },
    )


def _callback_row(
    inquiry: Inquiry, *, can_act: bool, form: CallbackDoneForm | None = None
) -> dict[str, Any]:
    if form is None and can_act and inquiry.is_open_callback:
        form = CallbackDoneForm(initial={"version": inquiry.version}, prefix=f"cb{inquiry.pk}")
    return {"inquiry": inquiry, "form": form}


@require_POST
@role_required(Role.GUIDE)
def callback_done(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark a callback done with its result; htmx gets the row back, others the list."""
    inquiry = get_object_or_404(_inquiries_for(request), pk=pk)
    form = CallbackDoneForm(request.POST, prefix=f"cb{inquiry.pk}")
    if form.is_valid():
        try:
            inquiry = services.inquiry_complete_callback(
                inquiry=inquiry,
                by=request.user,
                result=form.cleaned_data["result"],
                expected_version=form.cleaned_data["version"],
                expected_visit_on=form.cleaned_data["expected_visit_on"],
            )
        except ValidationError as error:
            form.add_error(None, error)
            inquiry.refresh_from_db()
        else:
            if request.htmx:
                row = _callback_row(inquiry, can_act=True)
                return render(
                    request,
                    "reception/callback_list.html#callback-row",
                    {"row": row, "today": timezone.localdate()},
                )
            messages.success(request, _("Callback done."))
            if request.POST.get("next") == "detail":
                return redirect(inquiry)
            return redirect("reception:callback_list")
    row = {"inquiry": inquiry, "form": form}
    if request.htmx:
        return render(
            request,
            "reception/callback_list.html#callback-row",
            {"row": row, "today": timezone.localdate()},
        )
    return render(
        request,
        "reception/callback_list.html",
        {
            "desk": inquiry.desk,
            "rows": [row],
            "today": timezone.localdate(),
            "limit": CALLBACKS_SHOWN,
        },
        status=200,
    )


# --- End-of-day summary -------------------------------------------------------------------------


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def summary_daily(request: HttpRequest) -> HttpResponse:
    """Print the desk's day: consultations, outcomes, and arrivals who had asked before."""
    desk = _desk_or_404(request)
    day = _parse_day(request.GET.get("day"), timezone.localdate())
    summary = daily_summary(desk=desk, day=day)
    desks = list(Desk.objects.filter(is_active=True)) if _sees_all_desks(request.user) else []
    return render(
        request,
        "reception/summary_daily.html",
        {"summary": summary, "desk": desk, "desks": desks, "day": day},
    )


# --- Exit feedback ------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE)
def feedback_new(request: HttpRequest) -> HttpResponse:
    """The exit survey a guide hands to a leaving visitor, or fills in on the phone."""
    desk = _desk_or_404(request)
    if request.method == "POST":
        form = FeedbackForm(request.POST, desk=desk)
        if form.is_valid():
            data = form.cleaned_data
            try:
                feedback = services.feedback_submit(
                    desk=desk,
                    recorded_by=request.user,
                    scores=form.scores(),
                    comment=data["comment"],
                    visit=form.visit_obj,
                    department=data["department"],
                    channel=data["channel"],
                    idempotency_key=data["idempotency_key"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect("reception:feedback_thanks", feedback.pk)
    else:
        visit = request.GET.get("visit", "")
        channel = request.GET.get("channel")
        form = FeedbackForm(
            desk=desk,
            initial={
                "idempotency_key": uuid.uuid4(),
                "visit": visit if visit.isdigit() else None,
                "channel": channel
                if channel in Feedback.Channel.values
                else Feedback.Channel.TABLET,
            },
        )
    dimensions = [form[name] for name in FEEDBACK_DIMENSIONS]
    return render(
        request,
        "reception/feedback_form.html",
        {"form": form, "desk": desk, "dimensions": dimensions},
    )


def complaint_intake_url(feedback: Feedback) -> str:
    """Return the complaints intake page prefilled from this feedback, if complaints has one.

    Reception sits below complaints, so it links by URL name rather than importing the app.
    """
    try:
        url = reverse("complaints:intake")
    except NoReverseMatch:
        return ""
    return f"{url}?feedback={feedback.pk}"


@require_GET
@role_required(Role.GUIDE)
def feedback_thanks(request: HttpRequest, pk: int) -> HttpResponse:
    """Thank the visitor; offer to turn the feedback into a complaint with its text."""
    feedback = get_object_or_404(
        Feedback.objects.select_related("visit", "department"),
        pk=pk,
        desk=current_desk(request),
    )
    return render(
        request,
        "reception/feedback_thanks.html",
        {"feedback": feedback, "complaint_url": complaint_intake_url(feedback)},
    )


# --- Satisfaction report ------------------------------------------------------------------------


def _report_filters(request: HttpRequest) -> dict[str, Any]:
    today = timezone.localdate()
    end = _parse_day(request.GET.get("end"), today)
    start = _parse_day(request.GET.get("start"), end - dt.timedelta(days=DEFAULT_REPORT_DAYS - 1))
    if start > end:
        start, end = end, start
    desk_id, department_id = request.GET.get("desk", ""), request.GET.get("department", "")
    desk = get_object_or_404(Desk, pk=desk_id) if desk_id.isdigit() else None
    department = (
        get_object_or_404(Department, pk=department_id) if department_id.isdigit() else None
    )
    return {"start": start, "end": end, "desk": desk, "department": department}


def _render_satisfaction(
    request: HttpRequest,
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
                "idempotency_key": uuid.uuid4(),
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
            "threshold": SATISFACTION_THRESHOLD,
        },
        status=status,
    )


@require_GET
@role_required(Role.SUPERVISOR)
def satisfaction(request: HttpRequest) -> HttpResponse:
    """Average the six dimensions by period, desk and department; flag those under 85."""
    return _render_satisfaction(request, _report_filters(request))


@require_GET
@role_required(Role.SUPERVISOR)
def satisfaction_csv(request: HttpRequest) -> HttpResponse:
    """Export the report as CSV in UTF-8 with a BOM, so that Excel shows the Chinese."""
    report = satisfaction_report(**_report_filters(request))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="satisfaction-{report.start:%Y%m%d}-{report.end:%Y%m%d}.csv"'
    )
    response.write("\ufeff")
    writer = csv.writer(response)
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
    writer.writerow([_("Desk"), str(report.desk) if report.desk else _("All desks")])
    writer.writerow(
        [_("Department"), str(report.department) if report.department else _("All departments")]
    )
    writer.writerow(
        [_("Flagged (under 85)"), " ".join(str(d.label) for d in report.flagged) or "-"]
    )
    return response


@require_POST
@role_required(Role.SUPERVISOR)
def improvement_plan_new(request: HttpRequest) -> HttpResponse:
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
    try:
        services.improvement_plan_write(
            dimension=data["dimension"],
            period_start=filters["start"],
            period_end=filters["end"],
            desk=filters["desk"],
            department=filters["department"],
            average=average,
            note=data["note"],
            due_on=data["due_on"],
            created_by=request.user,
            idempotency_key=data["idempotency_key"],
        )
    except ValidationError as error:
        form.add_error(None, error)
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
    start = parse_date(str(raw["start"] or ""))
    end = parse_date(str(raw["end"] or ""))
    if start is None or end is None or start > end:
        return None
    desk_id, department_id = str(raw["desk"] or ""), str(raw["department"] or "")
    return {
        "start": start,
        "end": end,
        "desk": get_object_or_404(Desk, pk=desk_id) if desk_id.isdigit() else None,
        "department": get_object_or_404(Department, pk=department_id)
        if department_id.isdigit()
        else None,
    }
