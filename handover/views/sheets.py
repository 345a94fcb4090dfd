"""The shift handover sheets: the desk's shifts, writing, signing, answering, countersigning."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.forms import Form
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hospital.filters import posted_object
from hospital.forms import apply_service_errors, carry_out, refuse, submit
from hospital.roles import Role, role_required

from .. import services
from ..forms import (
    AddendumForm,
    HandOverForm,
    RefuseForm,
    SheetFilterForm,
    SheetForm,
)
from ..models import AfterHoursBook, HandoverSheet, HandoverTask, SheetEvent, Shift
from ..pending import gather_pending, pending_rows
from .base import LIST_LIMIT, DeskRequest, desk_or_404, is_lead, redirect_next


def _visible_sheets(request: DeskRequest) -> QuerySet[HandoverSheet]:
    """Return the sheets this person may open: all for the shift lead, else their desks' and
    those they write or take over."""
    return HandoverSheet.objects.visible_to(request.user).for_list()


def _get_sheet(request: DeskRequest, pk: int) -> HandoverSheet:
    return get_object_or_404(_visible_sheets(request), pk=pk)


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def desk_sheets(request: DeskRequest) -> HttpResponse:
    """Show the tablet desk's shifts today, the sheets waiting for me, the book and the tasks."""
    desk = desk_or_404(request)
    today = timezone.localdate()
    shifts = list(Shift.objects.filter(desk=desk, is_active=True))
    # Today's sheet of each shift; last night's overnight sheet while today's is not started.
    sheets = {
        s.shift_id: s
        for s in HandoverSheet.objects.for_list()
        .filter(desk=desk, date__in=[today, today - timedelta(days=1)])
        .order_by("date")
        if s.date == today or s.shift.is_overnight
    }
    rows = [{"shift": shift, "sheet": sheets.get(shift.pk)} for shift in shifts]
    waiting_for_me = list(
        HandoverSheet.objects.for_list().filter(
            incoming=request.user, status=HandoverSheet.Status.AWAITING
        )[:LIST_LIMIT]
    )
    my_refused = list(
        HandoverSheet.objects.for_list().filter(
            outgoing=request.user, status=HandoverSheet.Status.REFUSED
        )[:LIST_LIMIT]
    )
    book = (
        AfterHoursBook.objects.filter(desk=desk, status=AfterHoursBook.Status.WITH_SECURITY)
        .select_related("handed_over_by")
        .first()
    )
    tasks = list(
        HandoverTask.objects.filter(desk=desk, done_at__isnull=True).order_by("created_at")[
            :LIST_LIMIT
        ]
    )
    return render(
        request,
        "handover/desk_sheets.html",
        {
            "desk": desk,
            "today": today,
            "rows": rows,
            "waiting_for_me": waiting_for_me,
            "my_refused": my_refused,
            "book": book,
            "book_entries": book.entries.count() if book else 0,
            "hand_over_form": HandOverForm(),
            "tasks": tasks,
        },
    )


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def sheet_start(request: DeskRequest) -> HttpResponse:
    """Open (or find) the sheet of one of this desk's shifts for today."""
    desk = desk_or_404(request)
    shift = posted_object(request, Shift.objects.filter(desk=desk, is_active=True), "shift")
    if shift is None:
        return redirect("handover:desk_sheets")
    day = timezone.localdate()
    if shift.is_overnight and timezone.localtime().time() < shift.ends_at:
        day -= timedelta(days=1)  # after midnight the night shift is still last night's
    try:
        sheet = services.sheet_start(desk=desk, shift=shift, day=day, by=request.user)
    except ValidationError as error:
        refuse(request, error)
        return redirect("handover:desk_sheets")
    return redirect(sheet)


def _sheet_page(request: DeskRequest, sheet: HandoverSheet, **forms: Any) -> HttpResponse:
    """Render the sheet's page, with `forms` bound where a post was refused."""
    return render(request, "handover/sheet_detail.html", _sheet_context(request, sheet, **forms))


def _post_on_sheet(
    request: DeskRequest,
    sheet: HandoverSheet,
    name: str,
    form: Form,
    action: Callable[[dict[str, Any]], object],
    done: str,
    *,
    level: int = messages.SUCCESS,
) -> HttpResponse:
    """Submit a form of the sheet's page (`name` in its context): say `done` and go back to the
    sheet, or show the page again with the form's errors."""
    if submit(form, action) is None:
        return _sheet_page(request, sheet, **{name: form})
    messages.add_message(request, level, done)
    return redirect(sheet)


def _sheet_context(request: DeskRequest, sheet: HandoverSheet, **extra: Any) -> dict[str, Any]:
    entries = list(sheet.checklist.all())
    events = list(sheet.events.select_related("by"))
    addenda = list(sheet.addenda.select_related("written_by"))
    user = request.user
    editable = not sheet.is_locked and user.pk == sheet.outgoing_id
    if sheet.pending:
        pending = pending_rows(sheet.pending)
    else:
        start, end = sheet.shift.bounds(sheet.date)
        pending = pending_rows(gather_pending(desk=sheet.desk, start=start, end=end))
    context = {
        "sheet": sheet,
        "entries": entries,
        "events": events,
        "refusals": [e for e in events if e.kind == SheetEvent.Kind.REFUSED],
        "addenda": addenda,
        "pending": pending,
        "editable": editable,
        "can_answer": sheet.status == HandoverSheet.Status.AWAITING
        and user.pk == sheet.incoming_id,
        "can_countersign": sheet.status == HandoverSheet.Status.ACCEPTED and is_lead(request),
        "can_add": sheet.is_locked,
        "is_lead": is_lead(request),
    }
    if editable and "form" not in extra:
        extra["form"] = SheetForm(
            sheet=sheet,
            entries=entries,
            initial={
                "version": sheet.version,
                "incoming": sheet.incoming_id,
                "work_log": sheet.work_log,
                **{f"mark_{e.pk}": e.mark for e in entries},
                **{f"comment_{e.pk}": e.comment for e in entries},
            },
        )
    extra.setdefault("refuse_form", RefuseForm())
    extra.setdefault("addendum_form", AddendumForm())
    context.update(extra)
    return context


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE, Role.SUPERVISOR)
def sheet_detail(request: DeskRequest, pk: int) -> HttpResponse:
    """Show a sheet; the outgoing saves the draft here ("save") or saves and signs ("sign")."""
    sheet = _get_sheet(request, pk)
    if request.method == "GET":
        return _sheet_page(request, sheet)
    entries = list(sheet.checklist.all())
    form = SheetForm(request.POST, sheet=sheet, entries=entries)
    if form.is_valid():
        try:
            sheet = services.sheet_update(
                sheet=sheet,
                by=request.user,
                version=form.cleaned_data["version"],
                work_log=form.cleaned_data["work_log"],
                incoming=form.cleaned_data["incoming"],
                marks=form.marks(),
            )
            if "sign" in request.POST:
                sheet = services.sheet_sign_out(sheet=sheet, by=request.user, version=sheet.version)
                incoming = sheet.incoming
                messages.success(
                    request,
                    _(
                        "Signed. The sheet is awaiting acceptance by %(name)s; stay until they accept."
                    )
                    % {"name": incoming.get_full_name() or incoming.username if incoming else ""},
                )
            else:
                messages.success(request, _("Sheet saved."))
            return redirect(sheet)
        except ValidationError as error:
            apply_service_errors(form, error)
            sheet.refresh_from_db()
            if sheet.is_locked or request.user.pk != sheet.outgoing_id:
                # The page shows no form any more: say why the save was refused.
                refuse(request, error)
    return _sheet_page(request, sheet, form=form)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def sheet_accept(request: DeskRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    carry_out(
        request,
        lambda: services.sheet_accept(sheet=sheet, by=request.user),
        _("You accepted the shift. It is yours now."),
    )
    return redirect(sheet)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def sheet_refuse(request: DeskRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    return _post_on_sheet(
        request,
        sheet,
        "refuse_form",
        RefuseForm(request.POST),
        lambda data: services.sheet_refuse(sheet=sheet, by=request.user, reason=data["reason"]),
        _("You refused the shift. The supervisor has been told."),
        level=messages.WARNING,
    )


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def sheet_countersign(request: DeskRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    if not is_lead(request):
        raise PermissionDenied
    carry_out(
        request,
        lambda: services.sheet_countersign(sheet=sheet, by=request.user),
        _("Countersigned."),
    )
    return redirect_next(request, sheet.get_absolute_url())


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def sheet_addendum(request: DeskRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    return _post_on_sheet(
        request,
        sheet,
        "addendum_form",
        AddendumForm(request.POST),
        lambda data: services.sheet_add_addendum(
            sheet=sheet, by=request.user, text=data["text"], form_token=data["form_token"]
        ),
        _("Addendum added."),
    )


@require_GET
@role_required(Role.SUPERVISOR)
def sheet_list(request: DeskRequest) -> HttpResponse:
    """List sheets by status, desk and date; refusals stand out."""
    form = SheetFilterForm(request.GET or None)
    sheets = HandoverSheet.objects.for_list().order_by("-date", "desk__code", "shift__sort_order")
    if form.is_valid():
        data = form.cleaned_data
        if data.get("status"):
            sheets = sheets.filter(status=data["status"])
        if data.get("desk"):
            sheets = sheets.filter(desk=data["desk"])
        if data.get("date"):
            sheets = sheets.filter(date=data["date"])
    page = Paginator(sheets, LIST_LIMIT).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "handover/sheet_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )
