"""Escorting a visitor and handing them on."""

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from hospital.access import Kind, log_access
from hospital.desks import current_desk
from hospital.forms import apply_service_errors, carry_out, refuse
from hospital.roles import Role, role_required
from reception.models import Visit

from .. import services
from ..forms import EscortForm, HandoffForm
from ..models import Escort, Handoff
from .base import DeskRequest

# Where a higher app takes the guide after a handoff, offered as a second button on the form
# (handover never names the app): key -> (button label, url_for(handoff)).
_after_handoff: dict[str, tuple[str | Promise, Callable[[Handoff], str]]] = {}


def register_after_handoff(
    key: str, label: str | Promise, url_for: Callable[[Handoff], str]
) -> None:
    """Offer "Record the handoff and …" going on to `url_for(handoff)` (a key twice replaces)."""
    _after_handoff[key] = (label, url_for)


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE, Role.SUPERVISOR)
def escort_start(request: DeskRequest, pk: int) -> HttpResponse:
    """Start walking a routed visitor to the department, lending a wheelchair if needed."""
    visits = Visit.objects.visible_to(request.user)
    visit = get_object_or_404(visits.select_related("visitor", "destination"), pk=pk)
    desk = current_desk(request)
    if request.method == "GET":
        log_access(request, visit, kind=Kind.VIEW)
    form = EscortForm(
        request.POST or None,
        desk=desk,
        initial={"version": visit.version, "destination": visit.destination_id},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        carry_out(
            request,
            lambda: services.escort_start(
                visit=visit,
                by=request.user,
                destination=data["destination"],
                wheelchair=data["wheelchair"],
                expected_version=data["version"],
            ),
            lambda escort: (
                _("Escort to %(department)s started. Hand the visitor off when you arrive.")
                % {"department": escort.destination.name}
            ),
        )
        return redirect(visit)
    return render(request, "handover/escort_start.html", {"visit": visit, "form": form})


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE, Role.SUPERVISOR)
def handoff(request: DeskRequest, pk: int) -> HttpResponse:
    """Record who received the visitor and what was passed on (SBAR in three lines)."""
    visits = Visit.objects.visible_to(request.user)
    visit = get_object_or_404(visits.select_related("visitor", "destination"), pk=pk)
    escort = (
        Escort.objects.select_related("guide", "destination")
        .filter(visit=visit, arrived_at__isnull=True)
        .first()
    )
    if escort is None:
        messages.error(
            request,
            _("A visit that is “%(current)s” cannot be handed off: start an escort first.")
            % {"current": visit.get_status_display()},
        )
        return redirect(visit)
    needs = dict(visit.visitor.Need.choices)
    initial = {
        "version": visit.version,
        "situation": visit.chief_complaint,
        "special_needs": "、".join(str(needs.get(n, n)) for n in visit.visitor.needs or []),
    }
    form = HandoffForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            record = services.handoff_record(
                visit=visit,
                by=request.user,
                receiver_name=data["receiver_name"],
                receiver_role=data["receiver_role"],
                receiver_title=data["receiver_title"],
                situation=data["situation"],
                special_needs=data["special_needs"],
                promised=data["promised"],
                expected_version=data["version"],
            )
        except ValidationError as error:
            if not _names_a_field(error, form):
                # Moved on meanwhile (another tablet, another status): the visit page says how.
                refuse(request, error)
                return redirect(visit)
            apply_service_errors(form, error)
        else:
            return _handed_off(request, record)
    then = [(key, label) for key, (label, _url) in _after_handoff.items()]
    return render(
        request,
        "handover/handoff.html",
        {"visit": visit, "escort": escort, "form": form, "then": then},
    )


def _names_a_field(error: ValidationError, form: HandoffForm) -> bool:
    fields = {name for name, field in form.fields.items() if not field.widget.is_hidden}
    return bool(set(getattr(error, "error_dict", {})) & fields)


def _handed_off(request: DeskRequest, record: Handoff) -> HttpResponse:
    then = _after_handoff.get(request.POST.get("then", ""))
    if record.continues_escort:
        messages.success(
            request,
            _("Handed to floor guide %(name)s, who continues the escort.")
            % {"name": record.receiver_name},
        )
    else:
        messages.success(request, _("Handed off to %(name)s.") % {"name": record.receiver_name})
    if then is not None:
        return redirect(then[1](record))
    return redirect(settings.LOGIN_REDIRECT_URL)  # the guide's home: the waiting board
