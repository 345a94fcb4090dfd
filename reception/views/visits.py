"""Reception's own visit pages: the returning-visitor lookup, the status buttons, and a
department manager's list. The board, the walk-in screen and the visit page compose several
stages and live on the top floor (overview)."""

from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from hospital.access import Kind, log_access
from hospital.filters import clean_param
from hospital.forms import refuse
from hospital.models import Department
from hospital.phones import normalise_phone, phone_tail
from hospital.roles import Role, role_required

from ..models import Visit, Visitor
from ..reports import day_bounds
from ..services import visits as services
from .access import StaffRequest

DEPARTMENT_VISITS_SHOWN = 500


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visitor_lookup(request: StaffRequest) -> HttpResponse:
    """Offer the earlier visitor(s) with this phone number (suggest; never merge silently)."""
    try:
        phone = normalise_phone(request.GET.get("phone", ""))
    except ValidationError:
        phone = ""
    if phone:
        # The label names the lookup without the number it protects.
        log_access(request, f"phone …{phone_tail(phone)}", kind=Kind.LOOKUP)
    return render(
        request,
        "reception/_returning.html",
        {
            "returning": Visitor.objects.visible_to(request.user).returning(phone),
            "chosen_visitor": "",
        },
    )


def visit_button(
    request: StaffRequest,
    pk: int,
    action: Callable[..., Visit],
    done: str | Callable[[Visit], str],
) -> HttpResponse:
    """Apply a visit's status button (left, close, undo) and go back where it was tapped:
    `next` (a page of this site) or the visit's page. `done` is the success message, or makes
    it from the visit as saved."""
    visit = get_object_or_404(
        Visit.objects.visible_to(request.user).select_related("visitor"), pk=pk
    )
    # The version the button was shown with; a garbled one must not skip the stale check.
    try:
        version = clean_param(
            request.POST, "version", forms.IntegerField(required=False, min_value=1)
        )
    except ValidationError:
        messages.error(request, _("This button is out of date; reload the page and tap again."))
        return redirect(visit)
    try:
        visit = action(visit=visit, by=request.user, expected_version=version)
    except ValidationError as error:
        refuse(request, error)
        return redirect(visit)
    messages.success(request, done if isinstance(done, str) else done(visit))
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        # Not redirect(): it would read a next of "a-b" as a URL name and fail on it.
        return HttpResponseRedirect(next_url)
    return redirect(visit)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visit_left(request: StaffRequest, pk: int) -> HttpResponse:
    """Mark that the visitor left without being seen."""
    return visit_button(
        request, pk, services.visit_mark_left, _("Marked as left without being seen.")
    )


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visit_close(request: StaffRequest, pk: int) -> HttpResponse:
    """Close a visit whose visitor has been served."""
    return visit_button(request, pk, services.visit_close, _("Visit closed."))


@require_GET
@role_required(Role.DEPARTMENT_MANAGER)
def department_visits(request: StaffRequest) -> HttpResponse:
    """Show a department manager today's visits routed to their departments."""
    departments = list(Department.objects.managed_by(request.user).order_by("sort_order", "code"))
    start, _end = day_bounds(timezone.localdate())
    visits = Visit.objects.routed_to(departments, since=start)[:DEPARTMENT_VISITS_SHOWN]
    return render(
        request,
        "reception/department_visits.html",
        {"visits": visits, "departments": departments},
    )
