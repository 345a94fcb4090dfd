"""Handover pages of issue 6: shift sheets, keys, equipment, the after-hours book, the daily sheet.

Guides work at their tablet's desk (another desk's sheet, key or loan is a 404); the supervisor
(the shift lead) sees every desk; the security desk sees the after-hours books.
"""

from datetime import date, timedelta
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.contrib.staticfiles import finders
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hospital.desks import current_desk
from hospital.models import Desk
from hospital.roles import Role, role_required
from reception.models import Visit

from . import services
from .forms import (
    AddendumForm,
    BookEntryForm,
    DailySheetForm,
    HandOverForm,
    KeyIssueForm,
    KeyLostForm,
    KeyReturnForm,
    LendForm,
    LockChangedForm,
    RefuseForm,
    SheetFilterForm,
    SheetForm,
    apply_service_error,
)
from .models import (
    AfterHoursBook,
    AfterHoursEntry,
    Equipment,
    EquipmentLoan,
    HandoverSheet,
    HandoverTask,
    Key,
    KeyLoan,
    SheetEvent,
    Shift,
)
from .pending import gather_pending, pending_rows
from .reports import daily_sheet as build_daily_sheet

LIST_LIMIT = 50


def _is_lead(request: HttpRequest) -> bool:
    return services.is_shift_lead(request.user)


def _desk_or_404(request: HttpRequest) -> Desk:
    desk = current_desk(request)
    if desk is None:
        raise Http404(_("No desk is set up yet."))
    return desk


def _visible_sheets(request: HttpRequest) -> QuerySet[HandoverSheet]:
    """Return the sheets this person may open: all for the shift lead, else their desk's and
    those they write or take over."""
    sheets = HandoverSheet.objects.for_list()
    if _is_lead(request):
        return sheets
    user = request.user
    return sheets.filter(Q(desk=current_desk(request)) | Q(outgoing=user) | Q(incoming=user))


def _get_sheet(request: HttpRequest, pk: int) -> HandoverSheet:
    return get_object_or_404(_visible_sheets(request), pk=pk)


def _desk_scope(request: HttpRequest) -> Q:
    """The desks whose keys and equipment this person handles: the lead, all; a guide, theirs."""
    return Q() if _is_lead(request) else Q(desk=current_desk(request))


def _refuse(request: HttpRequest, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


# --- shift sheets -------------------------------------------------------------------------------


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def desk_sheets(request: HttpRequest) -> HttpResponse:
    """Show the tablet desk's shifts today, the sheets waiting for me, the book and the tasks."""
    desk = _desk_or_404(request)
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
def sheet_start(request: HttpRequest) -> HttpResponse:
    """Open (or find) the sheet of one of this desk's shifts for today."""
    desk = _desk_or_404(request)
    shift = get_object_or_404(Shift, pk=request.POST.get("shift"), desk=desk, is_active=True)
    day = timezone.localdate()
    if shift.is_overnight and timezone.localtime().time() < shift.ends_at:
        day -= timedelta(days=1)  # after midnight the night shift is still last night's
    try:
        sheet = services.sheet_start(desk=desk, shift=shift, day=day, by=request.user)
    except ValidationError as error:
        _refuse(request, error)
        return redirect("handover:desk_sheets")
    return redirect(sheet)


def _sheet_context(request: HttpRequest, sheet: HandoverSheet, **extra: Any) -> dict[str, Any]:
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
        "can_countersign": sheet.status == HandoverSheet.Status.ACCEPTED and _is_lead(request),
        "can_add": sheet.is_locked,
        "is_lead": _is_lead(request),
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
def sheet_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Show a sheet; the outgoing saves the draft here ("save") or saves and signs ("sign")."""
    sheet = _get_sheet(request, pk)
    if request.method == "GET":
        return render(request, "handover/sheet_detail.html", _sheet_context(request, sheet))
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
                services.sheet_sign_out(sheet=sheet, by=request.user, version=sheet.version)
                messages.success(
                    request,
                    _(
                        "Signed. The sheet is awaiting acceptance by %(name)s; stay until they accept."
                    )
                    % {"name": sheet.incoming.get_full_name() or sheet.incoming.username},
                )
            else:
                messages.success(request, _("Sheet saved."))
            return redirect(sheet)
        except ValidationError as error:
            apply_service_error(form, error)
            sheet.refresh_from_db()
            if sheet.is_locked or request.user.pk != sheet.outgoing_id:
                # The page shows no form any more: say why the save was refused.
                _refuse(request, error)
    return render(
        request,
        "handover/sheet_detail.html",
        _sheet_context(request, sheet, form=form),
        status=200,
    )


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def sheet_accept(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    try:
        services.sheet_accept(sheet=sheet, by=request.user)
        messages.success(request, _("You accepted the shift. It is yours now."))
    except ValidationError as error:
        _refuse(request, error)
    return redirect(sheet)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def sheet_refuse(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    form = RefuseForm(request.POST)
    if form.is_valid():
        try:
            services.sheet_refuse(sheet=sheet, by=request.user, reason=form.cleaned_data["reason"])
            messages.warning(request, _("You refused the shift. The supervisor has been told."))
            return redirect(sheet)
        except ValidationError as error:
            apply_service_error(form, error)
    return render(
        request, "handover/sheet_detail.html", _sheet_context(request, sheet, refuse_form=form)
    )


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def sheet_countersign(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    if not _is_lead(request):
        raise PermissionDenied
    try:
        services.sheet_countersign(sheet=sheet, by=request.user)
        messages.success(request, _("Countersigned."))
    except ValidationError as error:
        _refuse(request, error)
    next_url = request.POST.get("next")
    if next_url == "home":
        return redirect("handover:supervisor_home")
    return redirect(sheet)


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def sheet_addendum(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    form = AddendumForm(request.POST)
    if form.is_valid():
        try:
            services.sheet_add_addendum(
                sheet=sheet, by=request.user, text=form.cleaned_data["text"]
            )
            messages.success(request, _("Addendum added."))
            return redirect(sheet)
        except ValidationError as error:
            apply_service_error(form, error)
    return render(
        request, "handover/sheet_detail.html", _sheet_context(request, sheet, addendum_form=form)
    )


# --- the supervisor -----------------------------------------------------------------------------


@require_GET
@role_required(Role.SUPERVISOR)
def supervisor_home(request: HttpRequest) -> HttpResponse:
    """The supervisor's start page: what waits for them across every desk."""
    sheets = HandoverSheet.objects.for_list()
    to_countersign = list(sheets.filter(status=HandoverSheet.Status.ACCEPTED)[:LIST_LIMIT])
    refused = list(
        sheets.filter(status=HandoverSheet.Status.REFUSED).prefetch_related("events__by")[
            :LIST_LIMIT
        ]
    )
    awaiting = list(sheets.filter(status=HandoverSheet.Status.AWAITING)[:LIST_LIMIT])
    escalations = []
    try:
        escalation = apps.get_model("triage", "Escalation")
        escalations = list(
            escalation.objects.filter(closed_at__isnull=True)
            .select_related("visit__visitor", "visit__desk", "spotted_by")
            .order_by("spotted_at")[:LIST_LIMIT]
        )
    except LookupError:
        pass
    now = timezone.now()
    return render(
        request,
        "handover/supervisor_home.html",
        {
            "to_countersign": to_countersign,
            "refused": refused,
            "awaiting": awaiting,
            "escalations": escalations,
            "lost_keys": list(
                Key.objects.filter(lock_change_required=True).select_related("desk")[:LIST_LIMIT]
            ),
            "overdue_loans": list(
                EquipmentLoan.objects.overdue(now).select_related(
                    "equipment__desk", "visit__visitor"
                )[:LIST_LIMIT]
            ),
        },
    )


@require_GET
@role_required(Role.SUPERVISOR)
def sheet_list(request: HttpRequest) -> HttpResponse:
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


def _daily_context(request: HttpRequest) -> dict[str, Any]:
    form = DailySheetForm(request.GET or None, initial={"date": timezone.localdate()})
    day: date = timezone.localdate()
    desk = None
    if form.is_bound and form.is_valid():
        day = form.cleaned_data["date"]
        desk = form.cleaned_data["desk"]
    elif not form.is_bound:
        form = DailySheetForm(initial={"date": day})
    context = build_daily_sheet(day=day, desk=desk)
    context["form"] = form
    query = request.GET.copy()
    query["date"] = day.isoformat()
    context["query"] = query.urlencode()
    return context


@require_GET
@role_required(Role.SUPERVISOR)
def daily_sheet(request: HttpRequest) -> HttpResponse:
    """The day's handover sheet for one desk or all desks, to print on A4."""
    return render(request, "handover/daily_sheet.html", _daily_context(request))


@require_POST
@role_required(Role.SUPERVISOR)
def daily_countersign(request: HttpRequest) -> HttpResponse:
    """Countersign the day's accepted sheets shown on the daily sheet, in one tap."""
    form = DailySheetForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the day to countersign."))
        return redirect("handover:daily_sheet")
    day, desk = form.cleaned_data["date"], form.cleaned_data["desk"]
    try:
        count = services.sheets_countersign_day(day=day, desk=desk, by=request.user)
        messages.success(request, _("%(count)s sheets countersigned.") % {"count": count})
    except ValidationError as error:
        _refuse(request, error)
    query = f"date={day.isoformat()}" + (f"&desk={desk.pk}" if desk else "")
    return redirect(f"{reverse('handover:daily_sheet')}?{query}")


@require_GET
@role_required(Role.SUPERVISOR)
def daily_sheet_pdf(request: HttpRequest) -> HttpResponse:
    """The same sheet as a PDF (WeasyPrint, Noto CJK fonts)."""
    from weasyprint import CSS, HTML

    context = _daily_context(request)
    html = render_to_string("handover/daily_sheet_pdf.html", context, request=request)
    # The same stylesheet as the page, read from disk: WeasyPrint never fetches over HTTP here.
    stylesheet = CSS(filename=finders.find("css/handover.css"))
    pdf = HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(stylesheets=[stylesheet])
    response = HttpResponse(pdf, content_type="application/pdf")
    desk = context["desk"].code if context["desk"] else "all"
    response["Content-Disposition"] = (
        f'attachment; filename="handover-{context["day"]:%Y-%m-%d}-{desk}.pdf"'
    )
    return response


# --- keys ---------------------------------------------------------------------------------------


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def key_register(request: HttpRequest) -> HttpResponse:
    """The key cabinet of the tablet's desk: what is in, what is out, the register lines."""
    desk = _desk_or_404(request)
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
            "is_lead": _is_lead(request),
            "issue_form": KeyIssueForm(),
            "return_form": KeyReturnForm(),
            "lost_form": KeyLostForm(),
        },
    )


def _get_key(request: HttpRequest, pk: int) -> Key:
    return get_object_or_404(Key.objects.filter(_desk_scope(request)), pk=pk)


def _get_open_loan(key: Key, loan_id: int | None) -> KeyLoan | None:
    return KeyLoan.objects.filter(key=key, pk=loan_id).first() if loan_id else None


@require_http_methods(["GET", "POST"])
@role_required(Role.SUPERVISOR)
def key_issue(request: HttpRequest, pk: int) -> HttpResponse:
    """Issue a key to a named person (the shift lead only)."""
    key = _get_key(request, pk)
    form = KeyIssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.key_issue(
                key=key,
                by=request.user,
                issued_to=form.cleaned_data["issued_to"],
                purpose=form.cleaned_data["purpose"],
                due_back_at=form.due_back_at(),
            )
            messages.success(
                request,
                _("%(key)s issued to %(name)s.")
                % {"key": key, "name": form.cleaned_data["issued_to"]},
            )
            return redirect("handover:key_register")
        except ValidationError as error:
            apply_service_error(form, error)
    return render(request, "handover/key_form.html", {"key": key, "form": form, "action": "issue"})


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def key_return(request: HttpRequest, pk: int) -> HttpResponse:
    key = _get_key(request, pk)
    form = KeyReturnForm(request.POST)
    if form.is_valid():
        try:
            services.key_return(
                key=key,
                by=request.user,
                condition=form.cleaned_data["condition"],
                loan=_get_open_loan(key, form.cleaned_data.get("loan")),
                note=form.cleaned_data["note"],
            )
            messages.success(request, _("%(key)s is back in the cabinet.") % {"key": key})
        except ValidationError as error:
            _refuse(request, error)
    else:
        messages.error(request, _("Choose the key's condition."))
    return redirect("handover:key_register")


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def key_lost(request: HttpRequest, pk: int) -> HttpResponse:
    key = _get_key(request, pk)
    form = KeyLostForm(request.POST)
    form.is_valid()
    try:
        services.key_report_lost(
            key=key,
            by=request.user,
            loan=_get_open_loan(key, form.cleaned_data.get("loan")),
            note=form.cleaned_data.get("note", ""),
        )
        messages.warning(
            request,
            _(
                "%(key)s reported lost. The security desk sees it now and the lock is marked "
                "for change. Tell your manager too."
            )
            % {"key": key},
        )
    except ValidationError as error:
        _refuse(request, error)
    return redirect("handover:key_register")


@require_POST
@role_required(Role.SECURITY_DESK, Role.SUPERVISOR)
def key_lock_changed(request: HttpRequest, pk: int) -> HttpResponse:
    key = get_object_or_404(Key, pk=pk)
    form = LockChangedForm(request.POST)
    if form.is_valid():
        try:
            services.key_lock_changed(key=key, by=request.user, copies=form.cleaned_data["copies"])
            messages.success(request, _("Lock change recorded for %(key)s.") % {"key": key})
        except ValidationError as error:
            _refuse(request, error)
    else:
        messages.error(request, _("Count at least one new key."))
    if request.POST.get("next") == "book":
        return redirect("handover:security_book")
    return redirect("handover:supervisor_home")


# --- equipment ----------------------------------------------------------------------------------


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def equipment_register(request: HttpRequest) -> HttpResponse:
    """The desk's wheelchairs, trolleys and umbrellas: who has each, and what is overdue."""
    desk = _desk_or_404(request)
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
def equipment_lend(request: HttpRequest, pk: int) -> HttpResponse:
    equipment = get_object_or_404(
        Equipment.objects.filter(_desk_scope(request)), pk=pk, is_active=True
    )
    visits = (
        Visit.objects.open()
        .filter(desk=equipment.desk)
        .select_related("visitor")
        .order_by("-arrived_at")
    )
    form = LendForm(request.POST or None, visits=visits)
    if request.method == "POST" and form.is_valid():
        try:
            services.equipment_lend(
                equipment=equipment,
                by=request.user,
                visit=form.cleaned_data["visit"],
                borrower_name=form.cleaned_data["borrower_name"],
                due_back_at=form.due_back_at(),
            )
            messages.success(request, _("%(equipment)s lent.") % {"equipment": equipment})
            return redirect("handover:equipment_register")
        except ValidationError as error:
            apply_service_error(form, error)
    form.fields["visit"].queryset = visits[:LIST_LIMIT] if not form.is_bound else visits
    return render(request, "handover/equipment_lend.html", {"equipment": equipment, "form": form})


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def equipment_return(request: HttpRequest, pk: int) -> HttpResponse:
    scope = Q() if _is_lead(request) else Q(equipment__desk=current_desk(request))
    loan = get_object_or_404(EquipmentLoan.objects.filter(scope).select_related("equipment"), pk=pk)
    error_text = ""
    try:
        services.equipment_return(loan=loan, by=request.user)
        if not request.htmx:
            messages.success(request, _("%(equipment)s is back.") % {"equipment": loan.equipment})
    except ValidationError as error:
        error_text = " ".join(error.messages)
        if not request.htmx:
            _refuse(request, error)
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


# --- the after-hours book -----------------------------------------------------------------------


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def book_hand_over(request: HttpRequest) -> HttpResponse:
    desk = _desk_or_404(request)
    form = HandOverForm(request.POST)
    form.is_valid()
    try:
        services.book_hand_over(desk=desk, by=request.user, note=form.cleaned_data.get("note", ""))
        messages.success(request, _("The after-hours book is with the security desk now."))
    except ValidationError as error:
        _refuse(request, error)
    return redirect("handover:desk_sheets")


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def book_take_back(request: HttpRequest, pk: int) -> HttpResponse:
    scope = Q() if _is_lead(request) else Q(desk=current_desk(request))
    book = get_object_or_404(AfterHoursBook.objects.filter(scope), pk=pk)
    try:
        book = services.book_take_back(book=book, by=request.user)
        messages.success(
            request,
            _("Book taken back: %(n)s entries became complaints or tasks.")
            % {"n": book.entries.count()},
        )
    except ValidationError as error:
        _refuse(request, error)
    return redirect("handover:desk_sheets")


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def task_done(request: HttpRequest, pk: int) -> HttpResponse:
    scope = Q() if _is_lead(request) else Q(desk=current_desk(request))
    task = get_object_or_404(HandoverTask.objects.filter(scope), pk=pk)
    try:
        services.task_done(task=task, by=request.user)
        messages.success(request, _("Task done."))
    except ValidationError as error:
        _refuse(request, error)
    return redirect("handover:desk_sheets")


@require_http_methods(["GET", "POST"])
@role_required(Role.SECURITY_DESK)
def security_book(request: HttpRequest) -> HttpResponse:
    """The security desk's start page: the books it holds tonight, and keys lost."""
    form = BookEntryForm(request.POST or None)
    form_book = None
    if request.method == "POST":
        form_book = get_object_or_404(AfterHoursBook, pk=request.POST.get("book"))
        if form.is_valid():
            try:
                services.book_add_entry(book=form_book, by=request.user, **form.cleaned_data)
                messages.success(request, _("Written in the book."))
                return redirect("handover:security_book")
            except ValidationError as error:
                apply_service_error(form, error)
    books = list(
        AfterHoursBook.objects.filter(status=AfterHoursBook.Status.WITH_SECURITY)
        .select_related("desk", "handed_over_by")
        .prefetch_related("entries__recorded_by")
    )
    returned = list(
        AfterHoursBook.objects.filter(status=AfterHoursBook.Status.RETURNED)
        .select_related("desk", "handed_over_by", "taken_back_by")
        .order_by("-taken_back_at")[:10]
    )
    return render(
        request,
        "handover/security_book.html",
        {
            "books": books,
            "returned": returned,
            "form": form,
            "form_book": form_book,
            "blank_form": BookEntryForm(),
            "lost_keys": list(
                Key.objects.filter(lock_change_required=True).select_related("desk")[:LIST_LIMIT]
            ),
            "lock_form": LockChangedForm(),
            "entry_kinds": AfterHoursEntry.Kind,
        },
    )
