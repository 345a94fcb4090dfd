"""Inquiries, callbacks and the desk's end-of-day summary, worked on the tablet.

Guides work these at their current desk; supervisors read any desk. Objects of another desk are
404 for a guide.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hospital.clock import day_bounds
from hospital.desks import current_desk
from hospital.forms import apply_service_errors, submit
from hospital.models import Desk
from hospital.records import StaleVersion, new_form_token
from hospital.roles import Role, has_role, role_required

from ..forms.inquiries import CallbackDoneForm, InquiryForm
from ..models import Inquiry
from ..reports import daily_summary
from ..services import inquiries as services
from .access import StaffRequest, desk_or_404, parse_day, sees_all_desks

INQUIRIES_PER_PAGE = 50
CALLBACKS_SHOWN = 200


@dataclass(frozen=True)
class CallbackSection:
    """Calls a higher app owes, listed beside the callbacks (reception never names the app):
    `gather(request=, desk=, today=)` returns the context `template` is included with."""

    key: str
    template: str
    gather: Callable[..., dict[str, Any]]


_callback_sections: dict[str, CallbackSection] = {}


def register_callback_section(section: CallbackSection) -> None:
    """Show `section` on the callbacks list (registering a key twice replaces it)."""
    _callback_sections[section.key] = section


# Buttons a higher app offers on an inquiry's page, by key: (label, url_for(inquiry)).
_inquiry_actions: dict[str, tuple[Any, Callable[[Inquiry], str]]] = {}


def register_inquiry_action(key: str, label: Any, url_for: Callable[[Inquiry], str]) -> None:
    """Offer a button on each inquiry's page to guides (registering a key twice replaces it)."""
    _inquiry_actions[key] = (label, url_for)


def _inquiries_for(request: StaffRequest) -> QuerySet[Inquiry]:
    """Return the inquiries this user may open: a guide those of the tablet's desk."""
    inquiries = Inquiry.objects.visible_to(request.user).select_related(
        "desk", "transferred_to", "recorded_by", "callback_done_by"
    )
    if sees_all_desks(request.user):
        return inquiries
    return inquiries.filter(desk=current_desk(request))


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def inquiry_list(request: StaffRequest) -> HttpResponse:
    """Show a day's inquiries of the desk, newest first, with one-tap buttons to record one."""
    desk = desk_or_404(request)
    today = timezone.localdate()
    day = parse_day(request, "day", today)
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
def inquiry_new(request: StaffRequest) -> HttpResponse:
    """Record a question asked in person or on the phone, or a missed call."""
    desk = desk_or_404(request)
    if request.method == "POST":
        form = InquiryForm(request.POST)
        inquiry = submit(
            form,
            lambda data: services.inquiry_record(
                desk=desk,
                recorded_by=request.user,
                form_token=data["idempotency_key"],
                channel=data["channel"],
                phone=data["phone"],
                caller_name=data["caller_name"],
                topic=data["topic"],
                question=data["question"],
                answer=data["answer"],
                outcome=data["outcome"],
                transferred_to=data["transferred_to"],
                transferred_to_person=data["transferred_to_person"],
                callback_in_working_days=int(data["callback_in"]) if data["callback_in"] else None,
                callback_due_on=data["callback_due_on"],
                rang_at=data["rang_at"],
                answered_at=data["answered_at"],
                expected_visit_on=data["expected_visit_on"],
            ),
        )
        if inquiry is not None:
            _say_saved(request, inquiry)
            return redirect("reception:inquiry_list")
    else:
        channel = request.GET.get("channel")
        if channel not in Inquiry.Channel.values:
            channel = Inquiry.Channel.PHONE_IN
        initial: dict[str, Any] = {"idempotency_key": new_form_token(), "channel": channel}
        if channel in Inquiry.PHONE_CHANNELS:
            initial["rang_at"] = timezone.localtime().replace(second=0, microsecond=0)
        form = InquiryForm(initial=initial)
    return render(
        request,
        "reception/inquiry_form.html",
        {"form": form, "desk": desk, "phone_channels": list(Inquiry.PHONE_CHANNELS)},
    )


def _say_saved(request: StaffRequest, inquiry: Inquiry) -> None:
    if inquiry.outcome == Inquiry.Outcome.CALLBACK:
        messages.success(
            request,
            _("Saved. It is on the callbacks list for %(day)s.")
            % {"day": f"{inquiry.callback_due_on:%Y-%m-%d}"},
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
def inquiry_detail(request: StaffRequest, pk: int) -> HttpResponse:
    """Show one inquiry in full, with the callback form while it is open."""
    inquiry = get_object_or_404(_inquiries_for(request), pk=pk)
    form = None
    if inquiry.is_open_callback and has_role(request.user, Role.GUIDE):
        form = CallbackDoneForm(initial={"version": inquiry.version}, prefix=f"cb{inquiry.pk}")
    return render(
        request,
        "reception/inquiry_detail.html",
        {
            "inquiry": inquiry,
            "form": form,
            "today": timezone.localdate(),
            "actions": [(label, url_for(inquiry)) for label, url_for in _inquiry_actions.values()]
            if has_role(request.user, Role.GUIDE)
            else [],
        },
    )


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def callback_list(request: StaffRequest) -> HttpResponse:
    """Show the desk's callbacks due today and overdue, the oldest first."""
    desk = desk_or_404(request)
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
            "sections": [
                {"template": s.template, **s.gather(request=request, desk=desk, today=today)}
                for s in _callback_sections.values()
            ],
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
def callback_done(request: StaffRequest, pk: int) -> HttpResponse:
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
        except StaleVersion as error:
            # The hidden version field would hide it: say it above the form.
            form.add_error(None, error.messages)
            inquiry.refresh_from_db()
        except ValidationError as error:
            apply_service_errors(form, error)
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


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def summary_daily(request: StaffRequest) -> HttpResponse:
    """Print the desk's day: consultations, outcomes, and arrivals who had asked before."""
    desk = desk_or_404(request)
    day = parse_day(request, "day", timezone.localdate())
    summary = daily_summary(desk=desk, day=day)
    desks = list(Desk.objects.filter(is_active=True)) if sees_all_desks(request.user) else []
    return render(
        request,
        "reception/summary_daily.html",
        {"summary": summary, "desk": desk, "desks": desks, "day": day},
    )
