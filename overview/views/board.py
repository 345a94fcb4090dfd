"""The waiting board and the walk-in screen: reception's visits with the next step of every
stage one tap away (routing, escorting, escalating), so they live on the top floor."""

import uuid
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from hospital.clock import day_bounds, local_today
from hospital.desks import current_desk
from hospital.forms import apply_service_errors
from hospital.roles import Role, role_required
from reception.forms.visits import WalkInForm
from reception.models import Visit, Visitor
from reception.services.visits import visit_log_walkin
from reception.views.access import StaffRequest

# A board longer than this is not a board any more: the most urgent and longest waiting are
# shown, the rest are counted. It also keeps each refresh small for the tablets.
BOARD_LIMIT = 60


def _row_url_patterns() -> dict[str, str]:
    """Return each row action's URL with a {} for the visit: reversing per row per refresh is
    the board's largest cost once the queries are few."""
    names = {
        "detail": "overview:visit_detail",
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
    patterns = _row_url_patterns()
    rows = []
    for visit in visits:
        rows.append(
            {
                "visit": visit,
                "waited": visit.minutes_waited(now),
                "tone": visit.board_tone(now),
                "overdue": visit.is_overdue(now),
                "urls": {key: pattern.format(visit.pk) for key, pattern in patterns.items()},
            }
        )
    return rows


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def board(request: StaffRequest) -> HttpResponse:
    """Show today's open visits, most urgent and longest waiting first; htmx refreshes the rows."""
    desk = current_desk(request)
    all_desks = request.GET.get("desks") == "all"
    now = timezone.now()
    start, _end = day_bounds(local_today())
    on_board = Visit.objects.on_board(desk=None if all_desks else desk, since=start)
    visits = list(on_board[: BOARD_LIMIT + 1])
    more = 0
    if len(visits) > BOARD_LIMIT:
        visits = visits[:BOARD_LIMIT]
        more = on_board.count() - BOARD_LIMIT
    board_url = reverse("overview:board")
    context = {
        "rows": board_rows(visits, now=now),
        "more": more,
        "all_desks": all_desks,
        "desk": desk,
        "now": now,
        "board_url": board_url,
        "refresh_url": board_url + ("?desks=all" if all_desks else ""),
        "refresh_seconds": settings.BOARD_REFRESH_SECONDS,
    }
    template = "overview/board.html#board-rows" if request.htmx else "overview/board.html"
    return render(request, template, context)


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE, Role.SUPERVISOR)
def walkin(request: StaffRequest) -> HttpResponse:
    """Log a walk-in on one screen, then go straight to routing."""
    desk = current_desk(request)
    if desk is None:
        messages.error(request, _("No desk is set up yet; ask the administrator to add one."))
        return redirect("overview:home")
    returning: Any = Visitor.objects.none()
    if request.method == "POST":
        form = WalkInForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                visit, created = visit_log_walkin(
                    desk=desk,
                    by=request.user,
                    form_token=data["idempotency_key"],
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
            except ValidationError as error:
                apply_service_errors(form, error)
            else:
                if created:
                    messages.success(request, _("Visit logged. Choose where the visitor goes."))
                else:
                    messages.info(
                        request, _("This visit was already saved; nothing was duplicated.")
                    )
                if visit.status == Visit.Status.WAITING:
                    return redirect("triage:route", visit.pk)
                return redirect(visit)
        if "phone" not in form.errors:
            returning = Visitor.objects.visible_to(request.user).returning(
                form.cleaned_data.get("phone", "")
            )
    else:
        form = WalkInForm(initial={"idempotency_key": uuid.uuid4()})
    chosen = form.data.get("visitor", "") if form.is_bound else ""
    return render(
        request,
        "overview/walkin.html",
        {"form": form, "desk": desk, "returning": returning, "chosen_visitor": chosen},
    )
