"""The walk-in screen: log a visitor on one screen, then go straight to routing (a triage page),
so it lives on the top floor."""

from typing import Any

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from hospital.desks import current_desk
from hospital.forms import submit
from hospital.records import new_form_token
from hospital.roles import Role, role_required
from reception.forms.visits import WalkInForm
from reception.models import Visit, Visitor
from reception.services.visits import visit_log_walkin
from reception.views.access import StaffRequest


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE, Role.SUPERVISOR)
def walkin(request: StaffRequest) -> HttpResponse:
    """Log a walk-in on one screen, then go straight to routing."""
    desk = current_desk(request)
    if desk is None:
        messages.error(request, _("No desk is set up yet; ask the administrator to add one."))
        return redirect("overview:home")
    if request.method == "POST":
        # Most walk-ins are saved and never shown again: validated without copies of the fields.
        form = WalkInForm(request.POST, share_fields=True)
        logged = submit(
            form,
            lambda data: visit_log_walkin(
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
            ),
        )
        if logged is not None:
            visit, created = logged
            if created:
                messages.success(request, _("Visit logged. Choose where the visitor goes."))
            else:
                messages.info(request, _("This visit was already saved; nothing was duplicated."))
            if visit.status == Visit.Status.WAITING:
                return redirect("triage:route", visit.pk)
            return redirect(visit)
        form = form.to_show()
        returning: Any = Visitor.objects.none()
        if "phone" not in form.errors:
            returning = Visitor.objects.visible_to(request.user).returning(
                form.cleaned_data.get("phone", "")
            )
    else:
        form = WalkInForm(initial={"idempotency_key": new_form_token()})
        returning = Visitor.objects.none()
    chosen = form.data.get("visitor", "") if form.is_bound else ""
    return render(
        request,
        "overview/walkin.html",
        {"form": form, "desk": desk, "returning": returning, "chosen_visitor": chosen},
    )
