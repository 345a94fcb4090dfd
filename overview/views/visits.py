"""The visit page: every stage's record of one visit on one timeline, and the exit feedback's
thanks page, which offers to turn low scores into a complaint."""

from typing import Any

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from handover.models import Escort, Handoff
from hospital.desks import current_desk
from hospital.roles import Role, has_role, role_required
from reception.models import Feedback, Visit
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
            ("team_called_at", _("Emergency team called")),
            ("family_notified_at", _("Family notified")),
            ("handed_to_er_at", _("Handed to the emergency department")),
        ):
            if getattr(escalation, field):
                events.append({"at": getattr(escalation, field), "what": label, "tone": "danger"})
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
                queryset=Escalation.objects.select_related("spotted_by", "closed_by"),
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
            "S": Visit.Status,
        },
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
