"""Reception pages: the waiting board, the walk-in screen, the visit page."""

import uuid
from datetime import datetime, timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hospital.desks import current_desk
from hospital.models import Department
from hospital.roles import Role, has_role, role_required

from . import services
from .forms import WalkInForm
from .models import Visit, Visitor
from .phones import normalise_phone

# --- issue 3: board, walk-in, visit page --------------------------------------------------------

# A board longer than this is not a board any more: the most urgent and longest waiting are
# shown, the rest are counted. It also keeps each 15-second refresh small for the tablets.
BOARD_LIMIT = 60
RETURNING_VISITORS_SHOWN = 3
LAST_VISITS_SHOWN = 3


def start_of_today() -> datetime:
    now = timezone.localtime()
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def _reassess_minutes() -> dict[str, int]:
    # triage sits above reception; the board reads its editable times through the app registry
    # so that the import arrows keep pointing down.
    from django.apps import apps

    level_model = apps.get_model("triage", "UrgencyLevel")
    return level_model.minutes_by_code()


def _row_url_patterns() -> dict[str, str]:
    """Return each row action's URL with a {} for the visit: reversing per row per refresh is
    the board's largest cost once the queries are few."""
    names = {
        "detail": "reception:visit_detail",
        "left": "reception:visit_left",
        "close": "reception:visit_close",
        "route": "triage:route",
        "escalate": "triage:escalate",
        "escort": "handover:escort_start",
        "handoff": "handover:handoff",
    }
    marker = 987654321
    return {
        key: reverse(name, args=[marker]).replace(str(marker), "{}") for key, name in names.items()
    }


def board_rows(visits: list[Visit], *, now: datetime) -> list[dict[str, Any]]:
    """Return each open visit with what the board shows: minutes waited, colour, next steps."""
    minutes = _reassess_minutes()
    patterns = _row_url_patterns()
    rows = []
    for visit in visits:
        since = visit.routed_at or visit.arrived_at
        limit = minutes.get(visit.urgency, 240)
        overdue = visit.status in (Visit.Status.WAITING, Visit.Status.ROUTED) and (
            now - since >= timedelta(minutes=limit)
        )
        if visit.status == Visit.Status.ESCALATED:
            tone = "red"
        elif overdue:
            tone = "amber"
        else:
            tone = ""
        rows.append(
            {
                "visit": visit,
                "waited": max(0, int((now - visit.arrived_at).total_seconds() // 60)),
                "tone": tone,
                "overdue": overdue,
                "urls": {key: pattern.format(visit.pk) for key, pattern in patterns.items()},
            }
        )
    return rows


def _board_visits(*, desk, all_desks: bool) -> QuerySet[Visit]:
    visits = (
        Visit.objects.open()
        .filter(arrived_at__gte=start_of_today())
        .select_related("visitor", "destination", "desk")
        .order_by("urgency_rank", "-is_priority", "arrived_at")
    )
    if not all_desks:
        visits = visits.filter(desk=desk)
    return visits


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def board(request: HttpRequest) -> HttpResponse:
    """Show today's open visits, most urgent and longest waiting first; htmx refreshes the rows."""
    desk = current_desk(request)
    all_desks = request.GET.get("desks") == "all"
    now = timezone.now()
    visits = list(_board_visits(desk=desk, all_desks=all_desks)[: BOARD_LIMIT + 1])
    more = 0
    if len(visits) > BOARD_LIMIT:
        visits = visits[:BOARD_LIMIT]
        more = _board_visits(desk=desk, all_desks=all_desks).count() - BOARD_LIMIT
    context = {
        "rows": board_rows(visits, now=now),
        "more": more,
        "all_desks": all_desks,
        "desk": desk,
        "now": now,
        "refresh_url": reverse("reception:board") + ("?desks=all" if all_desks else ""),
    }
    template = "reception/board.html#board-rows" if request.htmx else "reception/board.html"
    return render(request, template, context)


def _returning_visitors(phone: str, *, exclude: int | None = None) -> list[Visitor]:
    """Return the visitors already known by this phone, each with their last visits."""
    if not phone:
        return []
    last_visits = Visit.objects.select_related("destination").order_by("-arrived_at")
    visitors = (
        Visitor.objects.filter(phone=phone)
        .prefetch_related(
            Prefetch("visits", queryset=last_visits[:LAST_VISITS_SHOWN], to_attr="last_visits")
        )
        .order_by("-created_at")
    )
    if exclude:
        visitors = visitors.exclude(pk=exclude)
    return list(visitors[:RETURNING_VISITORS_SHOWN])


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE, Role.SUPERVISOR)
def walkin(request: HttpRequest) -> HttpResponse:
    """Log a walk-in on one screen, then go straight to routing."""
    desk = current_desk(request)
    if desk is None:
        messages.error(request, _("No desk is set up yet; ask the administrator to add one."))
        return redirect("home")
    if request.method == "POST":
        form = WalkInForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            visit, created = services.visit_log_walkin(
                desk=desk,
                by=request.user,
                idempotency_key=data["idempotency_key"],
                purpose=data["purpose"],
                chief_complaint=data["chief_complaint"],
                temperature=data["temperature"],
                arrived_at=data["arrived_at"],
                visitor=data["visitor"],
                name=data["name"].strip(),
                phone=data["phone"],
                sex=data["sex"],
                age=data["age"],
                needs=data["needs"],
                source=data["source"],
            )
            if created:
                messages.success(request, _("Visit logged. Choose where the visitor goes."))
            else:
                messages.info(request, _("This visit was already saved; nothing was duplicated."))
            if visit.status == Visit.Status.WAITING:
                return redirect("triage:route", visit.pk)
            return redirect(visit)
        returning = []
        if "phone" not in form.errors:
            returning = _returning_visitors(form.cleaned_data.get("phone", ""))
    else:
        form = WalkInForm(initial={"idempotency_key": uuid.uuid4()})
        returning = []
    chosen = form.data.get("visitor", "") if form.is_bound else ""
    return render(
        request,
        "reception/walkin.html",
        {"form": form, "desk": desk, "returning": returning, "chosen_visitor": chosen},
    )


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visitor_lookup(request: HttpRequest) -> HttpResponse:
    """Offer the earlier visitor(s) with this phone number (suggest; never merge silently)."""
    try:
        phone = normalise_phone(request.GET.get("phone", ""))
    except ValidationError:
        phone = ""
    return render(
        request,
        "reception/walkin.html#returning",
        {"returning": _returning_visitors(phone), "chosen_visitor": ""},
    )


def visits_for(user) -> QuerySet[Visit]:
    """Return the visits this person may open: all for guides and supervisors, a manager's own."""
    visits = Visit.objects.all()
    if has_role(user, Role.GUIDE, Role.SUPERVISOR):
        return visits
    return visits.filter(destination__in=Department.objects.managed_by(user))


def _timeline(visit: Visit) -> list[dict[str, Any]]:
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
        closer = next(
            (h.history_user for h in visit.status_history if h.status == visit.status), None
        )
        label = _("Left without being seen") if visit.status == Visit.Status.LEFT else _("Closed")
        events.append({"at": visit.closed_at, "what": label, "who": closer})
    events.sort(key=lambda event: event["at"])
    return events


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)
def visit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Show a visit: who, why, where to, and the whole timeline with who and when."""
    from django.apps import apps

    escort_model = apps.get_model("handover", "Escort")
    handoff_model = apps.get_model("handover", "Handoff")
    decision_model = apps.get_model("triage", "TriageDecision")
    escalation_model = apps.get_model("triage", "Escalation")
    visit = get_object_or_404(
        visits_for(request.user)
        .select_related("visitor", "desk", "logged_by", "destination")
        .prefetch_related(
            Prefetch(
                "decisions",
                queryset=decision_model.objects.select_related("department", "decided_by"),
            ),
            Prefetch(
                "escorts",
                queryset=escort_model.objects.select_related("guide", "destination"),
            ),
            Prefetch("handoffs", queryset=handoff_model.objects.select_related("recorded_by")),
            Prefetch(
                "escalations",
                queryset=escalation_model.objects.select_related("spotted_by", "closed_by"),
            ),
            "loans__equipment",
        ),
        pk=pk,
    )
    # Who closed it, or marked it left, is in the visit's history (one query).
    visit.status_history = list(
        Visit.history.filter(id=visit.pk, status__in=[Visit.Status.CLOSED, Visit.Status.LEFT])
        .select_related("history_user")
        .order_by("history_date")[:2]
    )
    open_escalation = next((e for e in visit.escalations.all() if e.closed_at is None), None)
    open_escort = next((e for e in visit.escorts.all() if e.arrived_at is None), None)
    latest_decision = max(visit.decisions.all(), key=lambda d: d.decided_at, default=None)
    return render(
        request,
        "reception/visit_detail.html",
        {
            "visit": visit,
            "timeline": _timeline(visit),
            "open_escalation": open_escalation,
            "open_escort": open_escort,
            "latest_decision": latest_decision,
            "can_act": has_role(request.user, Role.GUIDE, Role.SUPERVISOR),
            "S": Visit.Status,
        },
    )


def _act(request: HttpRequest, pk: int, action, done: str) -> HttpResponse:
    visit = get_object_or_404(Visit, pk=pk)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = None
    try:
        action(visit=visit, by=request.user, expected_version=version)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(visit)
    messages.success(request, done)
    if request.POST.get("next") == "board":
        return redirect("reception:board")
    return redirect(visit)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visit_left(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark that the visitor left without being seen."""
    return _act(request, pk, services.visit_mark_left, _("Marked as left without being seen."))


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def visit_close(request: HttpRequest, pk: int) -> HttpResponse:
    """Close a visit whose visitor has been served."""
    return _act(request, pk, services.visit_close, _("Visit closed."))


@require_GET
@role_required(Role.DEPARTMENT_MANAGER)
def department_visits(request: HttpRequest) -> HttpResponse:
    """Show a department manager today's visits routed to their departments."""
    departments = list(Department.objects.managed_by(request.user).order_by("sort_order", "code"))
    visits = (
        Visit.objects.filter(arrived_at__gte=start_of_today(), destination__in=departments)
        .select_related("visitor", "destination", "desk")
        .order_by("-arrived_at")[:500]
    )
    return render(
        request,
        "reception/department_visits.html",
        {"visits": visits, "departments": departments},
    )


# --- end issue 3 ---------------------------------------------------------------------------------
