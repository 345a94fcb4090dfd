"""Triage pages: the routing screen and the escalation to emergency."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from hospital.access import Kind, log_access
from hospital.forms import apply_service_errors, refuse, submit
from hospital.models import Department
from hospital.records import new_form_token
from hospital.roles import Role, role_required
from reception.models import Urgency, Visit

from . import services
from .forms import EscalationForm, RouteForm, SpottedAtForm
from .models import Escalation
from .routing import Suggestion


class StaffRequest(HttpRequest):
    """A request past `role_required`: a member of staff is logged in."""

    user: User


def _refused(
    request: HttpRequest, error: ValidationError, *, form: BaseForm, field: str, visit: Visit
) -> HttpResponse | None:
    """Put a refusal of the form's own `field` on the form and return None (the form is shown
    again); say any other refusal (a stale page, a move the visit cannot make) above the visit's
    page and return the redirect there."""
    if hasattr(error, "error_dict") and field in error.error_dict:
        apply_service_errors(form, error)
        return None
    refuse(request, error)
    return redirect(visit)


def _offered(suggestions: list[Suggestion]) -> list[dict[str, Any]]:
    """Pair each suggestion with its department (one query for all of them)."""
    codes = [s.department for s in suggestions]
    departments = {d.code: d for d in Department.objects.active().filter(code__in=codes)}
    return [
        {
            "suggestion": s,
            "department": departments[s.department],
            "pick": f"{s.department}:{s.urgency}",
        }
        for s in suggestions
        if s.department in departments
    ]


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE, Role.SUPERVISOR)
def route(request: StaffRequest, pk: int) -> HttpResponse:
    """Show the engine's suggestions; one tap accepts one, or any department overrides them."""
    visits = Visit.objects.visible_to(request.user)
    visit = get_object_or_404(visits.select_related("visitor", "destination"), pk=pk)
    suggestions = services.suggestions_for(visit)
    if request.method == "GET":
        log_access(request, visit, kind=Kind.VIEW)
    emergency = services.red_flags(suggestions)
    if request.method == "POST":
        form = RouteForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                outcome = services.triage_route(
                    visit=visit,
                    department=data["department"],
                    urgency=data["urgency"],
                    by=request.user,
                    suggestions=suggestions,
                    override_reason=data["override_reason"],
                    expected_version=data["version"],
                    form_token=data["form_token"],
                )
            except ValidationError as error:
                refused = _refused(request, error, form=form, field="override_reason", visit=visit)
                if refused is not None:
                    return refused
            else:
                if isinstance(outcome, Escalation):
                    messages.warning(
                        request,
                        _("Escalated. Call the emergency team now, then tap “Team called”."),
                    )
                    return redirect("triage:escalation", outcome.pk)
                department = outcome.department
                messages.success(
                    request,
                    _("Sent to %(department)s %(location)s.")
                    % {"department": department.name, "location": department.location},
                )
                return redirect(visit)
    else:
        top = suggestions[0] if suggestions else None
        form = RouteForm(
            initial={
                "version": visit.version,
                "form_token": new_form_token(),
                "urgency": top.urgency if top else Urgency.IV,
            }
        )
    if emergency:
        form.fields["override_reason"].label = _(
            "Why not emergency? (required to send the visitor elsewhere)"
        )
    return render(
        request,
        "triage/route.html",
        {
            "visit": visit,
            "form": form,
            "offered": _offered(suggestions),
            "emergency": emergency,
            "departments": Department.objects.active().order_by("sort_order", "code"),
            "can_route": visit.can_move_to(Visit.Status.ROUTED)
            and visit.status not in Visit.UNDO_STATUSES,
            "emergency_code": settings.ROLE_DEPARTMENTS["emergency"],
        },
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE, Role.SUPERVISOR)
def escalate(request: StaffRequest, pk: int) -> HttpResponse:
    """Send a visitor to emergency: a short form, then the escalation's clock."""
    visit = get_object_or_404(
        Visit.objects.visible_to(request.user).select_related("visitor"), pk=pk
    )
    open_escalation = Escalation.objects.filter(visit=visit, closed_at__isnull=True).first()
    if open_escalation is not None:
        return redirect("triage:escalation", open_escalation.pk)
    if request.method == "GET":
        log_access(request, visit, kind=Kind.VIEW)
    if request.method == "POST":
        form = EscalationForm(request.POST)
        if form.is_valid():
            try:
                escalation = services.escalation_open(
                    visit=visit,
                    observation=form.cleaned_data["observation"],
                    by=request.user,
                    spotted_at=form.cleaned_data["spotted_at"],
                    form_token=form.cleaned_data["form_token"],
                )
            except ValidationError as error:
                refused = _refused(request, error, form=form, field="spotted_at", visit=visit)
                if refused is not None:
                    return refused
            else:
                messages.warning(
                    request, _("Escalated. Call the emergency team now, then tap “Team called”.")
                )
                return redirect("triage:escalation", escalation.pk)
    else:
        form = EscalationForm(
            # No "seen at" by default: empty means now, to the second, so that the clock to the
            # team call is not started up to a minute early by a minute-precision field.
            initial={"observation": visit.chief_complaint, "form_token": new_form_token()}
        )
    return render(request, "triage/escalate.html", {"visit": visit, "form": form})


def _escalation(request: StaffRequest, pk: int) -> Escalation:
    return get_object_or_404(
        Escalation.objects.filter(visit__in=Visit.objects.visible_to(request.user)).select_related(
            "visit",
            "visit__visitor",
            "visit__destination",
            "spotted_by",
            "closed_by",
            "team_called_by",
            "family_notified_by",
            "handed_to_er_by",
        ),
        pk=pk,
    )


def _render_escalation(
    request: StaffRequest, escalation: Escalation, spotted_form: SpottedAtForm, status: int = 200
) -> HttpResponse:
    steps = [
        (
            "team_called_at",
            _("Emergency team called"),
            escalation.team_called_at,
            escalation.team_called_by,
        ),
        (
            "family_notified_at",
            _("Family notified"),
            escalation.family_notified_at,
            escalation.family_notified_by,
        ),
        (
            "handed_to_er_at",
            _("Handed to the emergency department"),
            escalation.handed_to_er_at,
            escalation.handed_to_er_by,
        ),
    ]
    return render(
        request,
        "triage/escalation.html",
        {
            "escalation": escalation,
            "visit": escalation.visit,
            "steps": steps,
            "spotted_form": spotted_form,
        },
        status=status,
    )


@require_http_methods(["GET"])
@role_required(Role.GUIDE, Role.SUPERVISOR)
def escalation_detail(request: StaffRequest, pk: int) -> HttpResponse:
    """Show an escalation's clock with one tap for each step."""
    escalation = _escalation(request, pk)
    form = SpottedAtForm(initial={"spotted_at": timezone.localtime(escalation.spotted_at)})
    return _render_escalation(request, escalation, form)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def escalation_spotted(request: StaffRequest, pk: int) -> HttpResponse:
    """Correct when the change was actually seen (the clock to the team call starts there)."""
    escalation = _escalation(request, pk)
    form = SpottedAtForm(request.POST)
    saved = submit(
        form,
        lambda data: services.escalation_set_spotted(
            escalation=escalation, spotted_at=data["spotted_at"], by=request.user
        ),
    )
    if saved is not None:
        messages.success(request, _("The time the change was seen is saved."))
        return redirect("triage:escalation", escalation.pk)
    return _render_escalation(request, escalation, form, status=400)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def escalation_step(request: StaffRequest, pk: int) -> HttpResponse:
    """Stamp one step of the escalation with the time of the tap and who tapped."""
    escalation = _escalation(request, pk)
    try:
        services.escalation_record_step(
            escalation=escalation, step=request.POST.get("step", ""), by=request.user
        )
    except ValidationError as error:
        refuse(request, error)
    return redirect("triage:escalation", escalation.pk)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def escalation_close(request: StaffRequest, pk: int) -> HttpResponse:
    """Close the escalation (the visitor is with the emergency team) and the visit."""
    escalation = _escalation(request, pk)
    try:
        services.escalation_close(escalation=escalation, by=request.user)
    except ValidationError as error:
        refuse(request, error)
        return redirect("triage:escalation", escalation.pk)
    messages.success(request, _("Escalation closed."))
    return redirect(settings.LOGIN_REDIRECT_URL)  # the guide's home: the waiting board
