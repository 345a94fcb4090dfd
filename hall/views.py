"""The hall's pages: the guide's calling panel and ticket slip, and the display on the TV."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.db.models import Count, OuterRef, Subquery
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from hospital.access import log_access
from hospital.forms import submit
from hospital.models import Department
from hospital.roles import Role, role_required
from reception.models import Visit
from reception.views.access import StaffRequest, desk_or_404

from .display import CALLS_SHOWN, display_state, state_etag
from .forms import CallNextForm
from .models import Call
from .services import call_again, call_next, display_for_token, waiting_for_call
from .tickets import LAYOUTS, ticket_context


def _back(request: HttpRequest) -> str:
    """Return where a call's form came from (the board or the calling panel)."""
    page = request.POST.get("next", "")
    if page and url_has_allowed_host_and_scheme(page, {request.get_host()}):
        return page
    return reverse("hall:calls")


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def calls(request: StaffRequest) -> HttpResponse:
    """Show, per department, how many tickets wait to be called, with Call next, and the
    numbers called lately with Call again; the board loads it as a panel."""
    desk = desk_or_404(request)
    waiting = (
        waiting_for_call(desk_id=desk.pk)
        .filter(destination=OuterRef("pk"))
        .order_by()
        .values("destination")
        .annotate(n=Count("pk"))
        .values("n")
    )
    departments = (
        Department.objects.annotate(waiting=Subquery(waiting))
        .filter(waiting__gt=0)
        .order_by("sort_order", "code")
    )
    context = {
        "desk": desk,
        "departments": departments,
        "recent": Call.objects.recent(desk_id=desk.pk, limit=CALLS_SHOWN),
        "next": request.GET.get("next") or reverse("hall:calls"),
        "form": CallNextForm(),
    }
    template = "hall/calls.html#panel" if request.htmx else "hall/calls.html"
    return render(request, template, context)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def calls_next(request: StaffRequest) -> HttpResponse:
    """Call the next number of one department at this tablet's desk."""
    desk = desk_or_404(request)
    form = CallNextForm(request.POST)
    call = submit(
        form,
        lambda data: call_next(
            desk=desk, department=data["department"], by=request.user, room=data["room"]
        ),
    )
    if call is not None:
        messages.success(
            request,
            _("Called %(number)s to %(department)s.")
            % {"number": call.visit.queue_number, "department": call.department},
        )
        return HttpResponseRedirect(_back(request))
    for problems in form.errors.values():
        for message in problems:
            messages.error(request, str(message))
    return HttpResponseRedirect(_back(request))


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visit_call_again(request: StaffRequest, pk: int) -> HttpResponse:
    """Call a number once more; a closed number is refused with the reason."""
    visit = get_object_or_404(Visit.objects.visible_to(request.user), pk=pk)
    try:
        call_again(visit=visit, by=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, str(message))
    else:
        messages.success(request, _("Called %(number)s again.") % {"number": visit.queue_number})
    return HttpResponseRedirect(_back(request))


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visit_ticket(request: StaffRequest, pk: int) -> HttpResponse:
    """Show the visitor's ticket slip, ready to print on a 58 mm roll or an A6 sheet."""
    visit = get_object_or_404(
        Visit.objects.visible_to(request.user).select_related("destination", "desk"), pk=pk
    )
    layout = request.GET.get("layout", "58mm")
    if layout not in LAYOUTS:
        layout = "58mm"
    log_access(request, visit)
    context = ticket_context(request, visit, layout=layout)
    back = request.GET.get("next", "")
    context["back"] = back if url_has_allowed_host_and_scheme(back, {request.get_host()}) else ""
    return render(request, "hall/ticket.html", context)


def _render_display(request: HttpRequest, token: str, *, poll: bool) -> HttpResponse:
    """Render the display registered under `token` in its language (its poll: the state only,
    or 304 while nothing changed); refuse a forged, retired or revoked token with 403."""
    hall_display = display_for_token(token)
    if hall_display is None:
        return render(request, "hall/display_refused.html", status=403)
    etag = state_etag(hall_display)
    unchanged = get_conditional_response(request, etag=etag) if poll else None
    if unchanged is not None:
        return unchanged
    with translation.override(hall_display.language):
        context = display_state(hall_display)
        context["state_url"] = reverse("hall:display_state", args=[token])
        context["poll_seconds"] = settings.HALL_DISPLAY_POLL_SECONDS
        template = "hall/display.html#state" if poll else "hall/display.html"
        response = render(request, template, context)
    response["ETag"] = etag
    # Revalidated on every poll by If-None-Match; never a stale copy.
    response["Cache-Control"] = "private, no-cache"
    return response


@login_not_required
@require_GET
def display(request: HttpRequest, token: str) -> HttpResponse:
    """Show the hall display registered under this token: nothing else is open to it."""
    return _render_display(request, token, poll=False)


@login_not_required
@require_GET
def display_state_view(request: HttpRequest, token: str) -> HttpResponse:
    """Answer the display's poll: 304 from one query while nothing changed, else the state."""
    return _render_display(request, token, poll=True)
