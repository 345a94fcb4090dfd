"""The visit page: every stage's record of one visit on one timeline, and the exit feedback's
thanks page, which offers to turn low scores into a complaint."""

from typing import Any

from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from handover.models import Escort, Handoff
from hospital.access import Kind, log_access
from hospital.desks import current_desk
from hospital.roles import Role, has_role, role_required
from reception.models import Feedback, Visit
from reception.services.visits import visit_undo_close
from reception.views.access import StaffRequest
from reception.views.visits import visit_button
from triage.models import Escalation, TriageDecision


def _timeline(visit: Visit, status_history: list[Any]) -> list[dict[str, Any]]:
    """Return what happened to the visit, in order, with who and when."""
    events: list[dict[str, Any]] = [
        {"at": visit.arrived_at, "what": _("Arrived and logged"), "who": visit.logged_by},
    ]
    for number, decision in enumerate(sorted(visit.decisions.all(), key=lambda d: d.decided_at)):
        label = _("Routed") if number == 0 else _("Re-routed")
        detail = f"{decision.department.name} · {decision.get_urgency_display()}"
        if decision.overridden:
            detail += " · " + _("overrode the suggestion")
            if decision.override_reason:
                detail += f" ({decision.override_reason})"
        events.append(
            {"at": decision.decided_at, "what": label, "detail": detail, "who": decision.decided_by}
        )
    for escort in visit.escorts.all():
        events.append(
            {
                "at": escort.started_at,
                "what": _("Escort started"),
                "detail": f"{escort.destination.name} · {escort.guide_display}",
                "who": escort.guide,
                "who_name": escort.guide_name,
            }
        )
    for handoff in visit.handoffs.all():
        events.append(
            {
                "at": handoff.handed_at,
                "what": _("Handed off"),
                "detail": " · ".join(
                    part
                    for part in (
                        handoff.receiver_name,
                        handoff.get_receiver_role_display(),
                        handoff.receiver_title,
                    )
                    if part
                ),
                "who": handoff.recorded_by,
                "handoff": handoff,
            }
        )
    for escalation in visit.escalations.all():
        events.append(
            {
                "at": escalation.spotted_at,
                "what": _("Escalated to emergency"),
                "detail": escalation.observation,
                "who": escalation.spotted_by,
                "tone": "danger",
            }
        )
        for field, label in (
            ("team_called", _("Emergency team called")),
            ("family_notified", _("Family notified")),
            ("handed_to_er", _("Handed to the emergency department")),
        ):
            if getattr(escalation, f"{field}_at"):
                events.append(
                    {
                        "at": getattr(escalation, f"{field}_at"),
                        "what": label,
                        "who": getattr(escalation, f"{field}_by"),
                        "tone": "danger",
                    }
                )
        if escalation.closed_at:
            events.append(
                {
                    "at": escalation.closed_at,
                    "what": _("Escalation closed"),
                    "who": escalation.closed_by,
                }
            )
    if visit.closed_at and visit.status in (Visit.Status.CLOSED, Visit.Status.LEFT):
        closer = next((h.history_user for h in status_history if h.status == visit.status), None)
        label = _("Left without being seen") if visit.status == Visit.Status.LEFT else _("Closed")
        events.append({"at": visit.closed_at, "what": label, "who": closer})
    events.sort(key=lambda event: event["at"])
    return events


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)
def visit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Show a visit: who, why, where to, and the whole timeline with who and when."""
    visit = get_object_or_404(
        Visit.objects.visible_to(request.user)
        .select_related("visitor", "desk", "logged_by", "destination")
        .prefetch_related(
            Prefetch(
                "decisions",
                queryset=TriageDecision.objects.select_related("department", "decided_by"),
            ),
            Prefetch(
                "escorts",
                queryset=Escort.objects.select_related("guide", "destination"),
            ),
            Prefetch("handoffs", queryset=Handoff.objects.select_related("recorded_by")),
            Prefetch(
                "escalations",
                queryset=Escalation.objects.select_related(
                    "spotted_by",
                    "closed_by",
                    "team_called_by",
                    "family_notified_by",
                    "handed_to_er_by",
                ),
            ),
            "loans__equipment",
        ),
        pk=pk,
    )
    # Who closed it, or marked it left, is in the visit's history (one query).
    status_history = list(
        Visit.history.filter(id=visit.pk, status__in=[Visit.Status.CLOSED, Visit.Status.LEFT])
        .select_related("history_user")
        .order_by("history_date")[:2]
    )
    open_escalation = next((e for e in visit.escalations.all() if e.closed_at is None), None)
    open_escort = next((e for e in visit.escorts.all() if e.arrived_at is None), None)
    latest_decision = max(visit.decisions.all(), key=lambda d: d.decided_at, default=None)
    log_access(request, visit, kind=Kind.VIEW)
    return render(
        request,
        "overview/visit_detail.html",
        {
            "visit": visit,
            "timeline": _timeline(visit, status_history),
            "open_escalation": open_escalation,
            "open_escort": open_escort,
            "latest_decision": latest_decision,
            "can_act": has_role(request.user, Role.GUIDE, Role.SUPERVISOR),
            "can_undo": _undo_open(visit),
            "S": Visit.Status,
        },
    )


def _undo_open(visit: Visit) -> bool:
    """Return whether "Left" or "Close" may still be taken back (the service decides for good)."""
    return (
        visit.status in Visit.UNDO_STATUSES
        and visit.closed_at is not None
        and timezone.now() <= visit.closed_at + Visit.UNDO_WINDOW
    )


def _visit_for_staff(request: StaffRequest, pk: int) -> Visit:
    return get_object_or_404(
        Visit.objects.visible_to(request.user).select_related("visitor", "destination"), pk=pk
    )


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visit_actions(request: StaffRequest, pk: int) -> HttpResponse:
    """Show the board's menu of every step for one visit (fetched when the menu is opened)."""
    visit = _visit_for_staff(request, pk)
    return render(
        request,
        "overview/_board_menu.html",
        {"visit": visit, "next": request.GET.get("next", reverse("overview:board"))},
    )


# What each confirm sheet asks, and where its form goes.
CONFIRMS = {
    "left": ("reception:visit_left", Visit.Status.LEFT),
    "close": ("reception:visit_close", Visit.Status.CLOSED),
}


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visit_confirm(request: StaffRequest, pk: int, action: str) -> HttpResponse:
    """Ask once before "Left" or "Close": a small sheet (htmx) or page saying what will happen."""
    if action not in CONFIRMS:
        raise Http404
    visit = _visit_for_staff(request, pk)
    url_name, status = CONFIRMS[action]
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    context = {
        "visit": visit,
        "action": action,
        "post_url": reverse(url_name, args=[visit.pk]),
        "status_label": Visit.Status(status).label,
        "allowed": visit.can_move_to(status) and visit.status != Visit.Status.ESCALATED,
        "next": next_url,
        "undo_minutes": int(Visit.UNDO_WINDOW.total_seconds() // 60),
    }
    template = "overview/_confirm_sheet.html" if request.htmx else "overview/_confirm_page.html"
    return render(request, template, context)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visit_undo(request: StaffRequest, pk: int) -> HttpResponse:
    """Take back "Left" or "Close" within the undo window: the visit is as it was before."""
    return visit_button(
        request,
        pk,
        visit_undo_close,
        lambda visit: (
            _("Undone: %(visitor)s is “%(status)s” again.")
            % {"visitor": visit.visitor, "status": visit.get_status_display()}
        ),
    )


@require_GET
@role_required(Role.GUIDE)
def feedback_thanks(request: HttpRequest, pk: int) -> HttpResponse:
    """Thank the visitor; offer to turn the feedback into a complaint with its text."""
    feedback = get_object_or_404(
        Feedback.objects.visible_to(request.user).select_related("visit", "department"),
        pk=pk,
        desk=current_desk(request),
    )
    complaint_url = f"{reverse('complaints:intake')}?feedback={feedback.pk}"
    return render(
        request,
        "overview/feedback_thanks.html",
        {"feedback": feedback, "complaint_url": complaint_url},
    )
