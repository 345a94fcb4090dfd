"""The key register at the tablet."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hospital.forms import carry_out, submit
from hospital.roles import Role, role_required

from .. import services
from ..forms import KeyIssueForm, KeyLostForm, KeyReturnForm, LockChangedForm
from ..models import Key, KeyLoan
from .base import DeskRequest, desk_or_404, desk_scope, is_lead, redirect_next


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def key_register(request: DeskRequest) -> HttpResponse:
    """The key cabinet of the tablet's desk: what is in, what is out, the register lines."""
    desk = desk_or_404(request)
    keys = list(Key.objects.filter(desk=desk))
    open_loans = list(
        KeyLoan.objects.open().filter(key__desk=desk).select_related("key", "issued_by")
    )
    by_key: dict[int, list[KeyLoan]] = {}
    for loan in open_loans:
        by_key.setdefault(loan.key_id, []).append(loan)
    rows = [
        {"key": k, "out": by_key.get(k.pk, []), "in": max(k.copies - len(by_key.get(k.pk, [])), 0)}
        for k in keys
    ]
    recent = list(
        KeyLoan.objects.filter(key__desk=desk, returned_at__isnull=False)
        .select_related("key", "issued_by", "returned_to")
        .order_by("-returned_at")[:20]
    )
    return render(
        request,
        "handover/key_register.html",
        {
            "desk": desk,
            "rows": rows,
            "recent": recent,
            "is_lead": is_lead(request),
            "issue_form": KeyIssueForm(),
            "return_form": KeyReturnForm(),
            "lost_form": KeyLostForm(),
        },
    )


def _get_key(request: DeskRequest, pk: int) -> Key:
    return get_object_or_404(Key.objects.filter(desk_scope(request)), pk=pk)


def _get_open_loan(key: Key, loan_id: int | None) -> KeyLoan | None:
    return KeyLoan.objects.filter(key=key, pk=loan_id).first() if loan_id else None


@require_http_methods(["GET", "POST"])
@role_required(Role.SUPERVISOR)
def key_issue(request: DeskRequest, pk: int) -> HttpResponse:
    """Issue a key to a named person (the shift lead only)."""
    key = _get_key(request, pk)
    form = KeyIssueForm(request.POST or None)
    if request.method == "POST":
        loan = submit(
            form,
            lambda data: services.key_issue(
                key=key,
                by=request.user,
                issued_to=data["issued_to"],
                purpose=data["purpose"],
                due_back_at=form.due_back_at(),
                form_token=data["form_token"],
            ),
        )
        if loan is not None:
            messages.success(
                request,
                _("%(key)s issued to %(name)s.")
                % {"key": key, "name": form.cleaned_data["issued_to"]},
            )
            return redirect("handover:key_register")
    return render(request, "handover/key_form.html", {"key": key, "form": form, "action": "issue"})


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def key_return(request: DeskRequest, pk: int) -> HttpResponse:
    key = _get_key(request, pk)
    form = KeyReturnForm(request.POST)
    if form.is_valid():
        carry_out(
            request,
            lambda: services.key_return(
                key=key,
                by=request.user,
                condition=form.cleaned_data["condition"],
                loan=_get_open_loan(key, form.cleaned_data.get("loan")),
                note=form.cleaned_data["note"],
            ),
            lambda _loan: _("%(key)s is back in the cabinet.") % {"key": key},
        )
    else:
        messages.error(request, _("Choose the key's condition."))
    return redirect("handover:key_register")


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def key_lost(request: DeskRequest, pk: int) -> HttpResponse:
    key = _get_key(request, pk)
    form = KeyLostForm(request.POST)
    form.is_valid()
    carry_out(
        request,
        lambda: services.key_report_lost(
            key=key,
            by=request.user,
            loan=_get_open_loan(key, form.cleaned_data.get("loan")),
            note=form.cleaned_data.get("note", ""),
        ),
        lambda _loan: (
            _(
                "%(key)s reported lost. The security desk sees it now and the lock is marked "
                "for change. Tell your manager too."
            )
            % {"key": key}
        ),
        level=messages.WARNING,
    )
    return redirect("handover:key_register")


@require_POST
@role_required(Role.SECURITY_DESK, Role.SUPERVISOR)
def key_lock_changed(request: DeskRequest, pk: int) -> HttpResponse:
    key = get_object_or_404(Key, pk=pk)
    form = LockChangedForm(request.POST)
    if form.is_valid():
        carry_out(
            request,
            lambda: services.key_lock_changed(
                key=key, by=request.user, copies=form.cleaned_data["copies"]
            ),
            lambda _key: _("Lock change recorded for %(key)s.") % {"key": key},
        )
    else:
        messages.error(request, _("Count at least one new key."))
    return redirect_next(request, reverse("handover:security_book"))
