"""Admission help and the discharge send-off, with the card printed in the visitor's language."""

from types import SimpleNamespace
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from hospital.access import Kind, log_access
from hospital.clock import day_bounds, local_today
from hospital.forms import submit
from hospital.localized import hospital_name, localized
from hospital.records import new_form_token
from hospital.roles import Role, has_role, role_required
from reception.models import Visit
from reception.views.access import StaffRequest, desk_or_404, parse_day

from ..forms import AdmissionForm, SendOffForm
from ..models import AdmissionHelp, DischargeSendOff
from ..services.discharge import admission_record, send_off_record

SEND_OFFS_PER_PAGE = 50


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE)
def admission(request: StaffRequest, pk: int) -> HttpResponse:
    """Record what the desk did for a visitor who came to be admitted."""
    visit = get_object_or_404(
        Visit.objects.visible_to(request.user).select_related("visitor", "destination"), pk=pk
    )
    record = AdmissionHelp.objects.filter(visit=visit).select_related("ward").first()
    if request.method == "POST":
        form = AdmissionForm(request.POST)
        recorded = submit(
            form,
            lambda data: admission_record(
                visit=visit,
                by=request.user,
                documents_checked=data["documents_checked"],
                escorted_to_admissions=data["escorted_to_admissions"],
                escorted_to_ward=data["escorted_to_ward"],
                ward=data["ward"],
                nurse_name=data["nurse_name"],
                note=data["note"],
                expected_version=data["version"] if record is not None else None,
            ),
            stale_above=True,
        )
        if recorded is not None:
            messages.success(request, _("Admission help recorded."))
            return redirect(visit)
    else:
        initial: dict[str, Any] = {"ward": visit.destination}
        if record is not None:
            # The form's fields are the record's own, version included.
            initial = {name: getattr(record, name) for name in AdmissionForm.base_fields}
        form = AdmissionForm(initial=initial)
        log_access(request, visit, kind=Kind.VIEW)
    return render(
        request, "aftercare/admission.html", {"form": form, "visit": visit, "record": record}
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE)
def send_off_new(request: StaffRequest) -> HttpResponse:
    """See a discharged patient off: guidance, the card, transport, feedback, a follow-up plan."""
    desk = desk_or_404(request)
    if request.method == "POST":
        form = SendOffForm(request.POST)
        send_off = submit(
            form,
            lambda data: send_off_record(
                desk=desk,
                by=request.user,
                source=data["source"],
                ward=data["ward"],
                patient_name=data["patient_name"],
                phone=data["phone"],
                language=data["language"],
                guidance_given=data["guidance_given"],
                card_given=data["card_given"],
                transport=data["transport"],
                feedback_asked=data["feedback_asked"],
                feedback=data["feedback"],
                plan_template=data["template"],
                form_token=data["idempotency_key"],
            ),
        )
        if send_off is not None:
            messages.success(request, _("Send-off recorded."))
            return redirect(send_off)
    else:
        form = SendOffForm(initial={"idempotency_key": new_form_token()})
    return render(request, "aftercare/send_off_form.html", {"form": form, "desk": desk})


def _send_offs_for(request: StaffRequest) -> Any:
    return DischargeSendOff.objects.visible_to(request.user).select_related(
        "desk", "ward", "recorded_by", "plan", "plan__template"
    )


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)
def send_off_detail(request: StaffRequest, pk: int) -> HttpResponse:
    """Show one send-off with a link to print the card."""
    send_off = get_object_or_404(_send_offs_for(request), pk=pk)
    log_access(request, send_off, kind=Kind.VIEW)
    return render(
        request,
        "aftercare/send_off_detail.html",
        {"send_off": send_off, "can_act": has_role(request.user, Role.GUIDE)},
    )


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)
def send_off_list(request: StaffRequest) -> HttpResponse:
    """List a day's send-offs of the desk (a manager's: of their wards)."""
    day = parse_day(request, "day", local_today())
    start, end = day_bounds(day)
    send_offs = _send_offs_for(request).filter(recorded_at__gte=start, recorded_at__lt=end)
    desk = None
    if has_role(request.user, Role.GUIDE, Role.SUPERVISOR):
        desk = desk_or_404(request)
        send_offs = send_offs.filter(desk=desk)
    page = Paginator(send_offs.order_by("-recorded_at", "-pk"), SEND_OFFS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "aftercare/send_off_list.html", {"page": page, "day": day, "desk": desk})


def card_details(language: str) -> dict[str, str]:
    """Return what the discharge card prints, in `language`: the hospital's name, clinic hours,
    hotline and emergency number (settings HOSPITAL_*)."""
    hours = SimpleNamespace(
        hours=settings.HOSPITAL_CLINIC_HOURS,
        hours_zh_hant=settings.HOSPITAL_CLINIC_HOURS_ZH_HANT,
        hours_en=settings.HOSPITAL_CLINIC_HOURS_EN,
    )
    return {
        "hospital": hospital_name(language),
        "hours": localized(hours, "hours", language),
        "hotline": settings.HOSPITAL_PHONE,
        "emergency": settings.HOSPITAL_EMERGENCY_PHONE or "120",
    }


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def send_off_card(request: StaffRequest, pk: int) -> HttpResponse:
    """Print the card a discharged patient takes home, in the language they read."""
    send_off = get_object_or_404(_send_offs_for(request), pk=pk)
    log_access(request, send_off, kind=Kind.VIEW)
    with translation.override(send_off.language):
        return render(
            request,
            "aftercare/card.html",
            {
                "send_off": send_off,
                "card": card_details(send_off.language),
                "card_language": send_off.language,
            },
        )
