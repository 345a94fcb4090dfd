"""Confirmation calls, recorded from the callbacks list."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hospital.forms import carry_out
from hospital.roles import Role, role_required
from reception.models import Inquiry
from reception.views.access import StaffRequest

from ..forms import ConfirmationForm
from ..services.confirmations import confirmation_record


@require_POST
@role_required(Role.GUIDE)
def confirmation_done(request: StaffRequest, pk: int) -> HttpResponse:
    """Record the confirmation call of the expected visit of inquiry `pk`."""
    inquiry = get_object_or_404(
        Inquiry.objects.visible_to(request.user).filter(expected_visit_on__isnull=False), pk=pk
    )
    form = ConfirmationForm(request.POST, prefix=f"c{inquiry.pk}")
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect("reception:callback_list")
    data = form.cleaned_data
    carry_out(
        request,
        lambda: confirmation_record(
            inquiry=inquiry,
            by=request.user,
            result=data["result"],
            new_date=data["new_date"],
            note=data["note"],
        ),
        lambda confirmation: (
            _("Confirmation call recorded: %(result)s.")
            % {"result": confirmation.get_result_display()}
        ),
    )
    return redirect("reception:callback_list")
