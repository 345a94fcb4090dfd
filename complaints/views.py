"""Complaint pages: the guides' tablet intake and list, the slip, the work page and the report."""

import html
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.middleware import HtmxDetails
from django_stubs_ext import StrOrPromise

from hospital.access import Kind, log_access
from hospital.desks import current_desk
from hospital.filters import query_object
from hospital.forms import apply_service_errors, refuse, submit
from hospital.phones import normalise_phone, phone_tail
from hospital.records import new_form_token
from hospital.roles import Role, has_role, role_required
from reception.models import Feedback, Visit

from . import reports, services
from .forms import (
    AcknowledgeForm,
    EntryForm,
    EscalateForm,
    FollowUpForm,
    IntakeForm,
    ReportMonthForm,
    ResolveForm,
    StepForm,
    WithdrawForm,
    receive_arguments,
)
from .models import (
    Complaint,
    ComplaintEntry,
    ComplaintQuerySet,
    StaleComplaint,
    next_due_expression,
)
from .paginators import BoundedCountPaginator
from .remembered import page_key, read_gate, remembered_html

# Which exit-feedback dimension becomes which complaint category when a guide taps
# "complain about this" on a low score.
FEEDBACK_CATEGORY = {
    "care": Complaint.Category.CARE,
    "attitude": Complaint.Category.ATTITUDE,
    "fees": Complaint.Category.FEES,
    "environment": Complaint.Category.ENVIRONMENT,
    "ethos": Complaint.Category.ATTITUDE,
}
TABLET_PAGE_SIZE = 25


class StaffRequest(HttpRequest):
    """A request past `role_required`: a member of staff is logged in; htmx says how it came."""

    user: User
    htmx: HtmxDetails


def _tablet_complaints(request: StaffRequest) -> ComplaintQuerySet:
    """Return what a guide's list shows: this desk's complaints and the ones they took."""
    complaints = Complaint.objects.visible_to(request.user)
    if has_role(request.user, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER):
        return complaints
    desk = current_desk(request)
    return complaints.filter(Q(received_by=request.user) | Q(desk=desk))


def _prefill(request: StaffRequest) -> dict[str, Any]:
    """Return the intake's initial values from `?visit=` or `?feedback=` (404 if unknown)."""
    initial: dict[str, Any] = {}
    feedback = query_object(
        request,
        Feedback.objects.visible_to(request.user).select_related(
            "visit__visitor", "visit__destination", "department"
        ),
        "feedback",
    )
    visits = Visit.objects.visible_to(request.user).select_related("visitor", "destination")
    visit = query_object(request, visits, "visit")
    if feedback is not None:
        scores = feedback.scores()
        lowest = min(scores, key=lambda dimension: scores[dimension])
        initial.update(
            feedback=feedback.pk,
            category=FEEDBACK_CATEGORY.get(lowest, Complaint.Category.OTHER),
            description=feedback.comment,
        )
        if feedback.department_id:
            initial["departments"] = [feedback.department_id]
        if feedback.visit_id:
            visit = get_object_or_404(visits, pk=feedback.visit_id)
    if visit is not None:
        initial["visit"] = visit.pk
        initial.setdefault("complainant_name", visit.visitor.name)
        initial.setdefault("contact", visit.visitor.phone)
        if visit.destination_id:
            initial.setdefault("departments", [visit.destination_id])
    return initial


def _receive(request: StaffRequest, data: dict[str, Any]) -> Complaint:
    """Record the intake form's complaint, linked to a visit and feedback this user may see."""
    visits = Visit.objects.visible_to(request.user)
    visit = visits.filter(pk=data["visit"]).first() if data["visit"] else None
    feedback = (
        Feedback.objects.visible_to(request.user).filter(pk=data["feedback"]).first()
        if data["feedback"]
        else None
    )
    return services.complaint_receive(
        received_by=request.user,
        **receive_arguments(data),
        visit=visit,
        feedback=feedback,
        language=data["language"],
        desk=current_desk(request),
        form_token=data["form_token"],
    )


@role_required(Role.GUIDE, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)
@require_http_methods(["GET", "POST"])
def intake(request: StaffRequest) -> HttpResponse:
    """Take a complaint down at once; show its reference and the slip to print."""
    if request.method == "POST":
        form = IntakeForm(request.POST)
        complaint = submit(form, lambda data: _receive(request, data))
        if complaint is not None:
            messages.success(
                request,
                _("Complaint %(reference)s recorded. Print the slip for the complainant.")
                % {"reference": complaint.reference},
            )
            return redirect("complaints:slip", pk=complaint.pk)
    else:
        initial = {
            "form_token": new_form_token(),
            "language": translation.get_language(),
            **_prefill(request),
        }
        form = IntakeForm(initial=initial)
    find = (request.GET.get("find") or "").strip()
    return render(
        request,
        "complaints/intake.html",
        {
            "form": form,
            "find": find,
            "found_visits": _visits_by_phone(request, find),
        },
    )


def _visits_by_phone(request: StaffRequest, raw: str) -> list[Visit] | None:
    """Return the latest visits of the visitor with this phone (None when nobody searched)."""
    if not raw:
        return None
    try:
        phone = normalise_phone(raw)
    except ValidationError:
        return []
    # The label names the lookup without the number it protects.
    log_access(request, f"phone …{phone_tail(phone)}", kind=Kind.LOOKUP)
    return list(
        Visit.objects.visible_to(request.user)
        .filter(visitor__phone=phone)
        .select_related("visitor", "destination")
        .order_by("-arrived_at")[:5]
    )


@role_required(Role.GUIDE, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)
@require_GET
def slip(request: StaffRequest, pk: int) -> HttpResponse:
    """Show the printable slip: reference, the hospital's phone and the promised answer date,
    who took the complaint, in the complainant's language (the page around it stays the guide's).
    """
    complaint = get_object_or_404(
        _tablet_complaints(request).select_related("desk", "received_by"), pk=pk
    )
    with translation.override(complaint.language or translation.get_language()):
        body = render_to_string(
            "complaints/_slip_body.html", {"complaint": complaint}, request=request
        )
    log_access(request, complaint, kind=Kind.VIEW)
    return render(request, "complaints/slip.html", {"complaint": complaint, "slip": body})


@role_required(Role.GUIDE, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)
@require_GET
def tablet_list(request: StaffRequest) -> HttpResponse:
    """List the desk's complaints: overdue and due today first, then the most recent.

    The lists are rendered alone and remembered for this person and desk until a complaint
    changes or a due time passes (complaints.remembered); the page around them is not.
    """
    gate = read_gate(request.user)
    scope = gate.scope()
    if scope is None:  # a guide: the desk this tablet works at and what they took themselves
        desk = current_desk(request)
        scope = ["desk", desk.pk if desk else ""]
    # htmx refreshes the overdue and due-today sections every COMPLAINTS_LIST_REFRESH_SECONDS;
    # the page works without it.
    part = "due-now" if request.htmx else "lists"

    def lists() -> str:
        now = timezone.now()
        base = _tablet_complaints(request)
        # The longest overdue first: the next promise owed, in the order of its index.
        overdue = list(base.overdue(now).for_rows().order_by(next_due_expression())[:50])
        due_today = list(base.due_today(now).for_rows().order_by("final_answer_due")[:50])
        page = BoundedCountPaginator(
            base.for_rows().order_by("-received_at", "-id"), TABLET_PAGE_SIZE
        ).get_page(request.GET.get("page"))
        due_today_ids = {complaint.pk for complaint in due_today}
        return render_to_string(
            f"complaints/list.html#{part}",
            {
                "overdue": complaint_rows(overdue, now=now, due_today=due_today_ids),
                "due_today": complaint_rows(due_today, now=now, due_today=due_today_ids),
                "page": page,
                "page_rows": complaint_rows(page.object_list, now=now, due_today=due_today_ids),
                "refresh_seconds": settings.COMPLAINTS_LIST_REFRESH_SECONDS,
            },
        )

    key = page_key(request, "tablet-list", gate, scope)
    html = mark_safe(remembered_html(key, lists))  # noqa: S308 - the template's own output
    if request.htmx:
        return HttpResponse(html)
    return render(request, "complaints/list.html", {"lists": html})


# A contact masked on a list row, remembered: formatting a number (libphonenumber) was most of
# a row's cost, and the same complainants are on every refresh.
masked_contact = lru_cache(maxsize=4096)(Complaint.mask_contact)


def format_row(template: str, *values: object) -> SafeString:
    """Return `template` filled with the values, each escaped unless it is already HTML: what
    format_html does, without its lazy-string wrapper around every value (most of the cost of
    a list row of ten cells)."""
    cells = (
        value.__html__() if hasattr(value, "__html__") else html.escape(str(value))
        for value in values
    )
    return mark_safe(template.format(*cells))  # every value escaped just above


# One list row: the cells of complaints/_table.html's header, in its order.
ROW_HTML = (
    '<tr class="{}"><td><a class="fw-bold" href="{}">{}</a></td><td>{}</td><td>{}</td>'
    "<td>{}</td><td>{}</td><td>{}{}</td><td>{}{}</td></tr>"
)
# A stand-in primary key: a URL is reversed once a list and each row's key put in its place.
URL_MARKER = 987654321


def complaint_rows(
    complaints: Iterable[Complaint], *, now: datetime, due_today: set[int]
) -> list[SafeString]:
    """Return each complaint's list row as HTML (from `for_rows()`), made here in one format a
    row: the labels, the slip's URL and the badges once a list, the masked contact remembered,
    no template lookups per cell (125 rows a page)."""
    categories = {value: str(label) for value, label in Complaint.Category.choices}
    statuses = {value: str(label) for value, label in Complaint.Status.choices}
    slip_head, slip_tail = reverse("complaints:slip", args=[URL_MARKER]).split(str(URL_MARKER))
    escalated = format_html(' <span class="badge text-bg-danger">{}</span>', _("escalated"))
    overdue_mark = format_html(' <strong class="text-danger">{}</strong>', _("overdue"))
    rows = []
    for complaint in complaints:
        due = complaint.next_due()
        overdue = due is not None and due < now
        tone = "fd-row-red" if overdue else "fd-row-amber" if complaint.pk in due_today else ""
        departments = ", ".join(d.name for d in complaint.department_list)  # type: ignore[attr-defined]
        rows.append(
            format_row(
                ROW_HTML,
                tone,
                f"{slip_head}{complaint.pk}{slip_tail}",
                complaint.reference,
                timezone.localtime(complaint.received_at).strftime("%m-%d %H:%M"),
                categories.get(complaint.category, complaint.category),
                departments or "—",
                masked_contact(complaint.contact) or "—",
                statuses.get(complaint.status, complaint.status),
                escalated if complaint.is_escalated(now) else "",
                timezone.localtime(due).strftime("%m-%d") if due else "—",
                overdue_mark if overdue else "",
            )
        )
    return rows


def _visible_complaint(request: StaffRequest, pk: int) -> Complaint:
    """Return the complaint if this person may work on it, else 404."""
    return get_object_or_404(
        Complaint.objects.visible_to(request.user).select_related(
            "received_by",
            "assigned_to",
            "acknowledged_by",
            "resolved_by",
            "escalated_by",
            "closed_by",
            "desk",
            "visit",
            "feedback",
        ),
        pk=pk,
    )


def _timeline(complaint: Complaint) -> tuple[list[ComplaintEntry], list[ComplaintEntry]]:
    entries = list(complaint.entries.select_related("author"))
    told = [entry for entry in entries if entry.told_complainant]
    internal = [entry for entry in entries if not entry.told_complainant]
    return internal, told


@role_required(Role.DEPARTMENT_MANAGER, Role.SUPERVISOR)
@require_GET
def detail(request: StaffRequest, pk: int) -> HttpResponse:
    """Show the complaint with its timeline and the next steps."""
    complaint = _visible_complaint(request, pk)
    log_access(request, complaint, kind=Kind.VIEW)
    return render(request, "complaints/detail.html", _detail_context(complaint))


def _detail_context(complaint: Complaint, **forms: Any) -> dict[str, Any]:
    internal, told = _timeline(complaint)
    version = {"version": complaint.version}
    context = {
        "complaint": complaint,
        "departments": list(complaint.departments.all()),
        "internal_entries": internal,
        "told_entries": told,
        "now": timezone.now(),
        "acknowledge_form": AcknowledgeForm(initial=version),
        "entry_form": EntryForm(initial={"form_token": new_form_token()}),
        "resolve_form": ResolveForm(initial=version),
        "follow_up_form": FollowUpForm(initial=version),
        "escalate_form": EscalateForm(initial=version),
        "withdraw_form": WithdrawForm(initial=version),
        "step_form": StepForm(initial=version),
    }
    context.update(forms)
    return context


STEPS: dict[str, tuple[type, str]] = {
    "acknowledge": (AcknowledgeForm, "acknowledge_form"),
    "investigate": (StepForm, "step_form"),
    "entry": (EntryForm, "entry_form"),
    "resolve": (ResolveForm, "resolve_form"),
    "follow_up": (FollowUpForm, "follow_up_form"),
    "escalate": (EscalateForm, "escalate_form"),
    "withdraw": (WithdrawForm, "withdraw_form"),
}


# The steps that pass form fields of the same names to their service, with the page's version,
# and what is said when done.
STEP_SERVICES: dict[str, tuple[Callable[..., object], tuple[str, ...], StrOrPromise]] = {
    "acknowledge": (
        services.complaint_acknowledge,
        ("message",),
        gettext_lazy("First response recorded."),
    ),
    "investigate": (
        services.complaint_start_investigation,
        (),
        gettext_lazy("Investigation started."),
    ),
    "resolve": (
        services.complaint_resolve,
        ("answer", "remedy", "root_cause", "prevention_action"),
        gettext_lazy("Final answer recorded. Follow up with the complainant."),
    ),
    "escalate": (
        services.complaint_escalate,
        ("reason",),
        gettext_lazy("Escalated to the patient services centre."),
    ),
    "withdraw": (services.complaint_withdraw, ("reason",), gettext_lazy("Complaint withdrawn.")),
}


def _run_step(step: str, complaint: Complaint, user: User, data: dict[str, Any]) -> str:
    """Call the service of `step`; return the message to show."""
    if step == "entry":
        services.complaint_add_entry(
            complaint=complaint,
            by=user,
            kind=data["kind"],
            text=data["text"],
            form_token=data["form_token"],
        )
        return _("Added to the timeline.")
    if step == "follow_up":
        services.complaint_follow_up(
            complaint=complaint,
            by=user,
            satisfaction=data["satisfaction"],
            comment=data["comment"],
            no_follow_up_reason=data["no_follow_up_reason"],
            close=not data["reopen"],
            expected_version=data.get("version"),
        )
        return _("Investigation reopened.") if data["reopen"] else _("Complaint closed.")
    if step not in STEP_SERVICES:
        raise Http404
    service, fields, done = STEP_SERVICES[step]
    service(
        complaint=complaint,
        by=user,
        expected_version=data.get("version"),
        **{name: data[name] for name in fields},
    )
    return str(done)


@role_required(Role.DEPARTMENT_MANAGER, Role.SUPERVISOR)
@require_POST
def step(request: StaffRequest, pk: int, step: str) -> HttpResponse:
    """Take one step of the lifecycle (or add a timeline entry) through its service."""
    if step not in STEPS:
        raise Http404
    complaint = _visible_complaint(request, pk)
    form_class, form_name = STEPS[step]
    form = form_class(request.POST)
    if form.is_valid():
        try:
            done = _run_step(step, complaint, request.user, form.cleaned_data)
        except StaleComplaint as error:
            # Their page is out of date: show it afresh with what changed, not their form.
            refuse(request, error)
            return redirect(complaint)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect(complaint)
    complaint = _visible_complaint(request, pk)
    return render(
        request,
        "complaints/detail.html",
        _detail_context(complaint, **{form_name: form}, open_step=step),
        status=422,
    )


@role_required(Role.DEPARTMENT_MANAGER, Role.SUPERVISOR)
@require_GET
def report(request: StaffRequest) -> HttpResponse:
    """Show the monthly analysis with its charts."""
    form = ReportMonthForm(request.GET or None)
    month = reports.month_of(form.cleaned_data.get("month") if form.is_valid() else None)
    if not form.is_bound:
        form = ReportMonthForm(initial={"month": month})
    data = reports.monthly(Complaint.objects.visible_to(request.user), month=month)
    return render(request, "complaints/report.html", {"form": form, "report": data, "month": month})


@role_required(Role.DEPARTMENT_MANAGER, Role.SUPERVISOR)
@require_GET
def report_csv(request: StaffRequest) -> HttpResponse:
    """Download the month's complaints as a CSV that opens in a spreadsheet (UTF-8 with BOM)."""
    form = ReportMonthForm(request.GET or None)
    month = reports.month_of(form.cleaned_data.get("month") if form.is_valid() else None)
    log_access(request, f"complaints {month:%Y-%m}", kind=Kind.EXPORT)
    return reports.csv_response(Complaint.objects.visible_to(request.user), month=month)
