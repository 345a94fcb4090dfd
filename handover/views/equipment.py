"""The equipment register: lending and taking back wheelchairs, trolleys and umbrellas."""

from typing import cast

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.forms import ModelChoiceField
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hospital.desks import current_desk
from hospital.forms import refuse, submit
from hospital.roles import Role, role_required
from reception.models import Visit

from .. import services
from ..forms import LendForm
from ..models import Equipment, EquipmentLoan
from .base import LIST_LIMIT, DeskRequest, desk_or_404, desk_scope, is_lead


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def equipment_register(request: DeskRequest) -> HttpResponse:
    """The desk's wheelchairs, trolleys and umbrellas: who has each, and what is overdue."""
    desk = desk_or_404(request)
    equipment = list(Equipment.objects.filter(desk=desk, is_active=True))
    loans = {
        loan.equipment_id: loan
        for loan in EquipmentLoan.objects.open()
        .filter(equipment__desk=desk)
        .select_related("visit__visitor", "lent_by")
    }
    visits = (
        Visit.objects.open().filter(desk=desk).select_related("visitor").order_by("-arrived_at")
    )
    recent = list(
        EquipmentLoan.objects.filter(equipment__desk=desk, returned_at__isnull=False)
        .select_related("equipment", "visit__visitor", "lent_by", "returned_to")
        .order_by("-returned_at")[:20]
    )
    return render(
        request,
        "handover/equipment_register.html",
        {
            "desk": desk,
            "rows": [{"equipment": e, "loan": loans.get(e.pk)} for e in equipment],
            "lend_form": LendForm(visits=visits[:LIST_LIMIT]),
            "recent": recent,
        },
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE, Role.SUPERVISOR)
def equipment_lend(request: DeskRequest, pk: int) -> HttpResponse:
    equipment = get_object_or_404(
        Equipment.objects.filter(desk_scope(request)), pk=pk, is_active=True
    )
    visits = (
        Visit.objects.open()
        .filter(desk=equipment.desk)
        .select_related("visitor")
        .order_by("-arrived_at")
    )
    form = LendForm(request.POST or None, visits=visits)
    if request.method == "POST":
        loan = submit(
            form,
            lambda data: services.equipment_lend(
                equipment=equipment,
                by=request.user,
                visit=data["visit"],
                borrower_name=data["borrower_name"],
                due_back_at=form.due_back_at(),
            ),
        )
        if loan is not None:
            messages.success(request, _("%(equipment)s lent.") % {"equipment": equipment})
            return redirect("handover:equipment_register")
    cast(ModelChoiceField, form.fields["visit"]).queryset = (
        visits[:LIST_LIMIT] if not form.is_bound else visits
    )
    return render(request, "handover/equipment_lend.html", {"equipment": equipment, "form": form})


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def equipment_return(request: DeskRequest, pk: int) -> HttpResponse:
    scope = Q() if is_lead(request) else Q(equipment__desk=current_desk(request))
    loan = get_object_or_404(EquipmentLoan.objects.filter(scope).select_related("equipment"), pk=pk)
    error_text = ""
    try:
        services.equipment_return(loan=loan, by=request.user)
        if not request.htmx:
            messages.success(request, _("%(equipment)s is back.") % {"equipment": loan.equipment})
    except ValidationError as error:
        error_text = " ".join(error.messages)
        if not request.htmx:
            refuse(request, error)
    if request.htmx:
        # The tablet swaps just this row: the equipment as it stands now.
        current = (
            EquipmentLoan.objects.open()
            .filter(equipment=loan.equipment)
            .select_related("visit__visitor")
            .first()
        )
        return render(
            request,
            "handover/equipment_register.html#equipment_row",
            {"row": {"equipment": loan.equipment, "loan": current, "error": error_text}},
        )
    return redirect("handover:equipment_register")
