"""The supervisor's home: what waits for them across every desk and every stage."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from handover.models import EquipmentLoan, HandoverSheet, Key
from hospital.roles import Role, role_required
from triage.models import Escalation

LIST_LIMIT = 50


@require_GET
@role_required(Role.SUPERVISOR)
def supervisor_home(request: HttpRequest) -> HttpResponse:
    """Show the sheets to countersign, refusals, open escalations, lost keys, overdue
    equipment and escalated complaints."""
    sheets = HandoverSheet.objects.for_list()
    refused = sheets.filter(status=HandoverSheet.Status.REFUSED).prefetch_related("events__by")
    escalations = (
        Escalation.objects.filter(closed_at__isnull=True)
        .select_related("visit__visitor", "visit__desk", "spotted_by")
        .order_by("spotted_at")
    )
    overdue_loans = EquipmentLoan.objects.overdue(timezone.now()).select_related(
        "equipment__desk", "visit__visitor"
    )
    return render(
        request,
        "overview/supervisor_home.html",
        {
            "to_countersign": list(
                sheets.filter(status=HandoverSheet.Status.ACCEPTED)[:LIST_LIMIT]
            ),
            "refused": list(refused[:LIST_LIMIT]),
            "awaiting": list(sheets.filter(status=HandoverSheet.Status.AWAITING)[:LIST_LIMIT]),
            "escalations": list(escalations[:LIST_LIMIT]),
            "lost_keys": list(
                Key.objects.filter(lock_change_required=True).select_related("desk")[:LIST_LIMIT]
            ),
            "overdue_loans": list(overdue_loans[:LIST_LIMIT]),
        },
    )
