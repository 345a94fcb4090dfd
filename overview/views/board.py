"""The waiting board: reception's visits with the next step of every stage one tap away (routing,
escorting, escalating), so it lives on the top floor."""

import hashlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple, cast

from django import forms
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db.models import Count, Exists, Min, Q, QuerySet, Window
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.dateformat import time_format
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html_join
from django.utils.http import http_date
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.views.decorators.http import require_GET

from handover.models import Equipment, EquipmentLoan
from hospital.context_processors import switchable_desks
from hospital.desks import current_desk
from hospital.localized import hospital_name
from hospital.models import Department, Desk
from hospital.roles import Role, role_required, roles_of
from hospital.security import remaining_idle_seconds
from reception.models import BoardStamp, Urgency, Visit, Visitor, VisitQuerySet
from reception.views.access import StaffRequest

from ..board_poll import board_etag
from ..board_reads import Prepared
from ..board_rows import (
    DEPARTMENT_NAMES,
    UNDO_FIELDS,
    URGENCY_SHORT,
    board_rows,
    board_visits,
    named,
    remember,
    row_labels,
    rows_html,
    visitor_label,
)

# A board longer than this is not a board any more: the most urgent and longest waiting are
# shown, the rest are counted. It also keeps each refresh small for the tablets.
BOARD_LIMIT = 60


def _summary_read(visits: QuerySet[Visit]) -> QuerySet[Any]:
    """Return the header line's read: per status its count and first arrival (a GROUP BY of at
    most four rows, a third cheaper to build than four filtered aggregates)."""
    return (
        visits.order_by()
        .values_list("status")
        .annotate(count=Count("pk"), first=Min("arrived_at"))
        .order_by()
    )


# What the one-desk board's rows carry after their own values: the header line's counts over
# every open visit of the desk (window aggregates: counted before the limit) and whether a loan
# of the desk is overdue (one uncorrelated subquery), so that rows, header and loans are one read.
_SUMMARY_COLUMNS = ("board_open", "board_waiting", "board_escalated", "board_first", "board_loans")


def _rows_with_summary(desk: int, at: datetime) -> QuerySet[Any]:
    """Return the one-desk board's rows (board_visits' tuples), each followed by the
    _SUMMARY_COLUMNS."""
    visits = Visit.objects.on_board(desk=None).filter(desk_id=desk)
    return board_visits(
        visits.annotate(
            board_open=Window(Count("pk")),
            board_waiting=Window(Count("pk", filter=Q(status=Visit.Status.WAITING))),
            board_escalated=Window(Count("pk", filter=Q(status=Visit.Status.ESCALATED))),
            board_first=Window(Min("arrived_at")),
            board_loans=Exists(EquipmentLoan.objects.overdue(at).filter(equipment__desk_id=desk)),
        ),
        all_desks=False,
        extra=_SUMMARY_COLUMNS,
    )[: BOARD_LIMIT + 1]


# The one-desk board's reads (`current_desk` only ever gives a desk the person may work at, and
# a guide may read every visit of their desks: `visible_to` would only add its subqueries).
_ROWS_OF_DESK = Prepared(_rows_with_summary)
# Bound with the start of the undo window: the model's rule takes the time it is asked at.
_UNDOABLE_OF_DESK = Prepared(
    lambda desk, since: (
        Visit.objects.filter(desk_id=desk)
        .undoable(desk=None, now=since + Visit.UNDO_WINDOW)
        .values_list(*UNDO_FIELDS)[:5]
    )
)
_LOANS_OVERDUE_OF_DESK = Prepared(
    lambda desk, at: (
        EquipmentLoan.objects.overdue(at).filter(equipment__desk_id=desk).values_list("pk")[:1]
    )
)

# The overdue loans the board lists (the most overdue first), as the columns their line shows.
OVERDUE_LOANS_SHOWN = 20
_OVERDUE_LOAN_FIELDS = (
    "pk",
    "due_back_at",
    "borrower_name",
    "equipment__kind",
    "equipment__label",
    "visit_id",
    "visit__visitor_id",
    "visit__visitor__name",
    "visit__visitor__phone",
)


def _overdue_loans_read(loans: QuerySet[EquipmentLoan]) -> QuerySet[Any]:
    return loans.order_by("due_back_at", "pk").values_list(*_OVERDUE_LOAN_FIELDS)[
        :OVERDUE_LOANS_SHOWN
    ]


_OVERDUE_LOANS_OF_DESK = Prepared(
    lambda desk, at: _overdue_loans_read(
        EquipmentLoan.objects.overdue(at).filter(equipment__desk_id=desk)
    )
)


def _overdue_loans(rows: Iterable[tuple[Any, ...]]) -> list[EquipmentLoan]:
    """Return the loans of the rows (_OVERDUE_LOAN_FIELDS), built from their columns alone so
    that the models' own labels (the equipment's, the borrower's) say what they show."""
    loans = []
    for pk, due, borrower, kind, label, visit, visitor, name, phone in rows:
        loan = EquipmentLoan(
            pk=pk,
            due_back_at=due,
            borrower_name=borrower,
            equipment=Equipment(kind=kind, label=label),
        )
        if visit is not None:
            loan.visit = Visit(pk=visit, visitor=Visitor(pk=visitor, name=name, phone=phone))
        loans.append(loan)
    return loans


class BoardFilterForm(forms.Form):
    """The board's filters and search; a bad value is reported and ignored, never a 500."""

    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("Every status"))]
        + [(s.value, s.label) for s in map(Visit.Status, Visit.OPEN_STATUSES)],
        error_messages={"invalid_choice": gettext_lazy("Choose a status from the list.")},
    )
    urgency = forms.ChoiceField(
        label=gettext_lazy("Urgency"),
        required=False,
        choices=[("", gettext_lazy("Every urgency"))]
        + [(u.value, f"{u.value} {URGENCY_SHORT[u]}") for u in Urgency],
        error_messages={"invalid_choice": gettext_lazy("Choose an urgency from the list.")},
    )
    department = forms.ModelChoiceField(
        label=gettext_lazy("Department"),
        required=False,
        queryset=Department.objects.active().order_by("sort_order", "code"),
        to_field_name="code",
        empty_label=gettext_lazy("Every department"),
        error_messages={"invalid_choice": gettext_lazy("Choose a department from the list.")},
    )
    q = forms.CharField(
        label=gettext_lazy("Name or last digits of the phone"),
        required=False,
        max_length=40,
        error_messages={"max_length": gettext_lazy("Search with at most 40 characters.")},
    )

    def filter(self, visits: QuerySet[Visit]) -> QuerySet[Visit]:
        """Return the visits matching the valid filters (the invalid ones are left out)."""
        data = self.cleaned_data if self.is_bound else {}
        if status := data.get("status"):
            visits = visits.filter(status=status)
        if urgency := data.get("urgency"):
            visits = visits.filter(urgency=urgency)
        if department := data.get("department"):
            visits = visits.filter(destination=department)
        if q := (data.get("q") or "").strip():
            digits = "".join(ch for ch in q if ch.isdigit())
            match = Q(visitor__name__icontains=q)
            if digits and len(digits) == len(q.replace(" ", "")):
                match |= Q(visitor__phone__endswith=digits)
            visits = visits.filter(match)
        return visits

    @property
    def active(self) -> bool:
        return self.is_bound and any(self.cleaned_data.get(f) for f in self.fields)


# The board without filters (every tablet's): one unbound form for all, read only.
_UNFILTERED = BoardFilterForm(None)


def _options_html(choices: Iterable[tuple[Any, Any]], selected: str) -> str:
    """Return a select's options as HTML, the chosen one marked: some 60 options through the
    template's loop and comparison were a large part of the page's template time."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (value, mark_safe(" selected") if str(value) == selected else "", label)  # noqa: S308
            for value, label in choices
        ),
    )


# The departments the filter offers, as (code, names): part of the remembered page's key, so a
# department renamed, added or switched off is on the next page.
_DEPARTMENT_OPTIONS = Prepared(
    lambda _desk, _at: (
        Department.objects.active()
        .order_by("sort_order", "code")
        .values_list("pk", "code", *DEPARTMENT_NAMES)
    ),
    marked=False,
)


def _filter_options(filters: BoardFilterForm, departments: list[tuple[Any, ...]]) -> dict[str, str]:
    """Return each filter's options as HTML, the departments from their read (`departments`:
    _DEPARTMENT_OPTIONS's rows)."""
    department = cast(forms.ModelChoiceField, filters.fields["department"])
    choices: dict[str, Any] = {
        "status": cast(forms.ChoiceField, filters.fields["status"]).choices,
        "urgency": cast(forms.ChoiceField, filters.fields["urgency"]).choices,
        "department": [("", department.empty_label)]
        + [
            (code, department.label_from_instance(named(Department, pk, names)))
            for pk, code, *names in departments
        ],
    }
    return {
        name: _options_html(options, str(filters[name].value() or ""))
        for name, options in choices.items()
    }


def _board_etags(
    request: StaffRequest, desk: Desk | None, all_desks: bool, now: datetime
) -> tuple[str, str]:
    """Return the board's entity tag, and the tag of its poll (the live part alone): the desk's
    change stamp (one primary-key read) and the current minute, since the minutes waited and the
    flags move on with the clock."""
    counter, _changed_at = BoardStamp.read(None if all_desks or desk is None else desk.pk)
    facts: dict[str, Any] = {
        "desk_id": desk.pk if desk else None,
        "user_id": request.user.pk,
        "all_desks": all_desks,
        "query": request.GET.urlencode(),
        "language": get_language(),
        "counter": int(counter),
        "minute": int(now.timestamp() // 60),
    }
    poll_tag = board_etag(**facts, htmx=True)
    return (poll_tag if request.htmx else board_etag(**facts, htmx=False)), poll_tag


def _summary(
    opened: int, waiting: int, escalated: int, first: datetime | None, now: datetime
) -> dict[str, Any]:
    """Return the header line: open visits, waiting to be routed, longest wait, escalations."""
    return {
        "open": opened,
        "waiting": waiting,
        "escalated": escalated,
        "longest": max(0, int((now - first).total_seconds() // 60)) if first else 0,
    }


def _summary_of(
    per_status_rows: Iterable[tuple[str, int, datetime | None]], now: datetime
) -> dict[str, Any]:
    """Return the header line from `_summary_read`'s rows."""
    per_status = {status: (count, first) for status, count, first in per_status_rows}
    return _summary(
        sum(count for count, _first in per_status.values()),
        per_status.get(Visit.Status.WAITING, (0, None))[0],
        per_status.get(Visit.Status.ESCALATED, (0, None))[0],
        min((first for _count, first in per_status.values() if first), default=None),
        now,
    )


def _readable_visits(request: StaffRequest, desk: Desk | None) -> VisitQuerySet:
    """Return the visits this board may read from: those of `desk`, or every visit the user may
    open (`visible_to`) on the all-desks board.

    The desk is `current_desk`'s, which is always one this person may work at, and
    `visible_to` lets a guide read every visit of their desks (a supervisor every visit): for one
    desk it would only add the desk rule's two subqueries, built again for each of the board's
    three reads on every request.
    """
    if desk is None:
        return Visit.objects.visible_to(request.user)
    return Visit.objects.filter(desk=desk)


def _undo_items(values: Iterable[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Return what the undo strip shows of each visit read with UNDO_FIELDS."""
    status_labels = row_labels()["status"]
    return [
        {
            "pk": pk,
            "version": version,
            "who": visitor_label(visitor_id, name, phone),
            "status_label": status_labels.get(status, status),
            "closed_at": closed_at,
        }
        for pk, version, status, closed_at, visitor_id, name, phone in values
    ]


class _LiveReads(NamedTuple):
    """What the live part shows, as read (rows as board_visits' tuples)."""

    summary: dict[str, Any]
    visits: list[tuple[Any, ...]]
    shown_of: int
    undoable: list[dict[str, Any]]
    overdue_loans: list[EquipmentLoan]


def _live_reads(
    request: StaffRequest,
    desk: Desk | None,
    all_desks: bool,
    filters: BoardFilterForm,
    now: datetime,
) -> _LiveReads:
    """Read what the live part shows. The one-desk board without filters, which every tablet
    polls, runs its reads prepared (`overview.board_reads`): only the desk and the time are
    bound, and the rows carry the header line and whether a loan is overdue, so the overdue
    loans are read only when there are some. The all-desks board, a person without a desk and a
    filtered board build theirs."""
    if desk is not None and not all_desks and not filters.active:
        rows = _ROWS_OF_DESK.rows(desk=desk.pk, at=now)
        undo = _undo_items(_UNDOABLE_OF_DESK.rows(desk=desk.pk, at=now - Visit.UNDO_WINDOW))
        if rows:
            cut = -len(_SUMMARY_COLUMNS)
            opened, waiting, escalated, first, any_overdue = rows[0][cut:]
            summary = _summary(opened, waiting, escalated, first, now)
            visits = [row[:cut] for row in rows]
        else:
            summary, visits, opened = _summary(0, 0, 0, None, now), [], 0
            any_overdue = _LOANS_OVERDUE_OF_DESK.rows(desk=desk.pk, at=now)
        loans = _OVERDUE_LOANS_OF_DESK.rows(desk=desk.pk, at=now) if any_overdue else []
        return _LiveReads(summary, visits, opened, undo, _overdue_loans(loans))
    scope_desk = None if all_desks else desk
    readable = _readable_visits(request, scope_desk)
    open_visits = readable.on_board(desk=scope_desk)
    on_board = filters.filter(open_visits) if filters.is_bound else open_visits
    summary = _summary_of(_summary_read(open_visits), now)
    visits = list(board_visits(on_board, all_desks=all_desks)[: BOARD_LIMIT + 1])
    shown_of = summary["open"]
    if filters.active and len(visits) > BOARD_LIMIT:
        shown_of = on_board.count()
    undoable = readable.undoable(desk=scope_desk, now=now).values_list(*UNDO_FIELDS)[:5]
    overdue = EquipmentLoan.objects.overdue(now)
    if scope_desk is not None:
        overdue = overdue.filter(equipment__desk=scope_desk)
    return _LiveReads(
        summary,
        visits,
        shown_of,
        _undo_items(undoable),
        _overdue_loans(_overdue_loans_read(overdue)),
    )


# How long a rendered live part is remembered: its key holds the board's entity tag (the desk's
# change stamp and the minute), so this only bounds the memory of boards nobody asks for.
LIVE_CACHE_SECONDS = 90
# Where the live part says when it was made: filled in on every answer, remembered or not.
_UPDATED_MARK = "\x00board-updated\x00"


def _live_html(
    request: StaffRequest,
    *,
    poll_tag: str,
    desk: Desk | None,
    all_desks: bool,
    filters: BoardFilterForm,
    refresh_url: str,
    now: datetime,
    reuse: bool,
) -> tuple[str, dict[str, Any]]:
    """Return the live part of the board (summary, loans, undo strip, rows), remembered under
    the tag of the board's poll, and the context it was rendered from (empty when remembered).

    Only a poll (`reuse`) is answered from memory: everything the part shows is what the tag
    stands for, and a poll holding that tag is told 304 and keeps the same HTML, so a remembered
    copy is never older than what a polling tablet would keep. The whole page (opened, reloaded)
    is always read afresh, and remembered for the polls. Since the tag is read from the database
    on every request, several app servers agree. The session's CSRF secret is in the key too
    (the undo forms carry a token of it), and so are the settings the rows depend on.
    """
    if "CSRF_COOKIE" not in request.META:
        get_token(request)  # a session without a CSRF cookie yet gets one
    csrf_secret = request.META["CSRF_COOKIE"]
    # A token of the secret only when the part is rendered (it refreshes the cookie too).
    csrf_token = SimpleLazyObject(lambda: get_token(request))
    tuning = f"{settings.UNTRIAGED_FLAG_MINUTES}|{settings.BOARD_REFRESH_SECONDS}"
    key = "board-live:" + hashlib.sha1(f"{poll_tag}|{csrf_secret}|{tuning}".encode()).hexdigest()
    html = cache.get(key) if reuse else None
    context: dict[str, Any] = {}
    if html is None:
        reads = _live_reads(request, desk, all_desks, filters, now)
        visits, more = reads.visits, 0
        if len(visits) > BOARD_LIMIT:
            visits = visits[:BOARD_LIMIT]
            more = reads.shown_of - BOARD_LIMIT
        labels = row_labels()
        rows = board_rows(visits, now=now, back_to=refresh_url, labels=labels)
        context = {
            "rows": rows,
            "rows_html": rows_html(request, rows, all_desks=all_desks, labels=labels),
            "more": more,
            "summary": reads.summary,
            "undoable": reads.undoable,
            "overdue_loans": reads.overdue_loans,
            "filtered": filters.active,
            "all_desks": all_desks,
            "desk": desk,
            "updated": _UPDATED_MARK,
            "refresh_url": refresh_url,
            "refresh_seconds": settings.BOARD_REFRESH_SECONDS,
            # Without the request: the part needs no context processor but the token.
            "csrf_token": csrf_token,
        }
        html = _live_shell(context, csrf_secret=csrf_secret).replace(
            _ROWS_MARK, context["rows_html"]
        )
        cache.set(key, html, LIVE_CACHE_SECONDS)
    updated = time_format(timezone.localtime(now), "H:i:s")
    return mark_safe(html.replace(_UPDATED_MARK, updated)), context  # noqa: S308 - escaped


# The live part around its rows, remembered by everything it shows (see _live_shell).
_SHELL_MEMORY: dict[str, str] = {}
_ROWS_MARK = "\x00board-rows\x00"


def _live_shell(context: dict[str, Any], *, csrf_secret: str) -> str:
    """Return the live part rendered around a mark where its rows go (and the mark of the time
    it was made), remembered by everything it shows: the header line, the undo strip, how many
    more, the filters' mark, the address it refreshes from, the language and the session's CSRF
    secret (the undo forms carry a token of it). A change on the desk that leaves those as they
    were (most of them) renders only the rows it changed."""
    undo = [
        (item["pk"], item["version"], item["who"], item["status_label"], item["closed_at"])
        for item in context["undoable"]
    ]
    facts = (
        get_language(),
        sorted(context["summary"].items()),
        context["more"],
        context["filtered"],
        context["all_desks"],
        bool(context["rows"]),
        undo,
        [
            (loan.pk, str(loan.equipment), loan.borrower, loan.due_back_at)
            for loan in context["overdue_loans"]
        ],
        context["refresh_url"],
        context["refresh_seconds"],
        csrf_secret,
        get_script_prefix(),
    )
    key = hashlib.sha1(repr(facts).encode()).hexdigest()
    shell = _SHELL_MEMORY.get(key)
    if shell is None:
        shell = render_to_string(
            "overview/board.html#board-live", {**context, "rows_html": _ROWS_MARK}
        )
        remember(_SHELL_MEMORY, key, shell)
    return shell


# How long a rendered page around its live part is remembered: its key is everything it shows.
PAGE_CACHE_SECONDS = 300
_LIVE_MARK = "\x00board-live\x00"
_IDLE_MARK = "\x00board-idle\x00"


def _page_html(request: StaffRequest, context: dict[str, Any], live: str) -> str:
    """Return the whole page: the page around the live part (header, menus, filters, the hall's
    call button) rendered once and remembered, the live part put in.

    The key is everything the page around the live part shows: the user (name, roles, staff
    flag), the desk and the desks they may switch to, the departments the filter offers (both
    read on every request, so a change in the admin shows at once), the address (the filters'
    values, the return addresses), the language, the hospital's name, the session's CSRF secret
    (the forms carry a token of it) and whether it locks when idle. The seconds left before the
    idle logout are put in on every answer. A page with messages to show is rendered afresh:
    showing them uses them up.
    """
    if len(get_messages(request)):
        return render_to_string("overview/board.html", {**context, "live_html": live}, request)
    user = request.user
    desk = context["desk"]
    idle = remaining_idle_seconds(request)
    facts = (
        get_language(),
        get_script_prefix(),
        request.get_full_path(),
        request.META.get("CSRF_COOKIE", ""),
        user.pk,
        user.get_username(),
        user.get_full_name(),
        user.is_staff,
        user.is_superuser,
        sorted(roles_of(user)),
        desk and (desk.pk, desk.name, desk.name_zh_hant, desk.name_en),
        [(d.pk, d.name, d.name_zh_hant, d.name_en) for d in context["switchable_desks"]],
        context["departments"],
        hospital_name(),
        settings.HOSPITAL_PHONE,
        bool(request.session.get("front_desk_locks_when_idle")),
        bool(idle),
    )
    key = "board-page:" + hashlib.sha1(repr(facts).encode()).hexdigest()
    page = cache.get(key)
    if page is None:
        options = _filter_options(context["filters"], context["departments"])
        marks = {"live_html": _LIVE_MARK, "idle_logout_seconds": _IDLE_MARK if idle else idle}
        page = render_to_string(
            "overview/board.html", {**context, **marks, "options": options}, request
        )
        cache.set(key, page, PAGE_CACHE_SECONDS)
    start, _mark, end = page.replace(_IDLE_MARK, str(idle)).partition(_LIVE_MARK)
    # Put together by a template too, without the context processors (the page has them): the
    # answer is the context's like any page's.
    return render_to_string(
        "overview/_board_page.html",
        {
            **context,
            "page_start": mark_safe(start),  # noqa: S308 - rendered by the page's template
            "page_end": mark_safe(end),  # noqa: S308 - rendered by the page's template
            "live_html": live,
        },
    )


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def board(request: StaffRequest) -> HttpResponse:
    """Show every open visit, most urgent and longest waiting first; htmx refreshes it.

    A poll that sends the last entity tag gets 304 Not Modified from one read of the desk's
    change stamp while nothing changed (and the minute has not turned); most such polls are
    answered before the middleware stack (overview.board_poll).
    """
    desk = current_desk(request)
    all_desks = request.GET.get("desks") == "all"
    now = timezone.now()
    etag, poll_tag = _board_etags(request, desk, all_desks, now)
    unchanged = get_conditional_response(request, etag=etag)
    if unchanged is not None:
        return unchanged
    params = request.GET.copy()
    params.pop("desks", None)
    # A bad filter is shown next to the filters and left out; the board itself always shows.
    filters = BoardFilterForm(params) if params else _UNFILTERED
    filters.is_valid()
    board_url = reverse("overview:board")
    query = request.GET.urlencode()
    refresh_url = board_url + (f"?{query}" if query else "")
    live, live_context = _live_html(
        request,
        poll_tag=poll_tag,
        desk=desk,
        all_desks=all_desks,
        filters=filters,
        refresh_url=refresh_url,
        now=now,
        reuse=bool(request.htmx),
    )
    if request.htmx:
        response = HttpResponse(live)
    else:
        context = {
            **live_context,
            "filters": filters,
            "filtered": filters.active,
            "all_desks": all_desks,
            "desk": desk,
            "board_url": board_url,
            # Read here for the page's key; the header's desk switcher shows the same list.
            "switchable_desks": switchable_desks(request),
            "departments": _DEPARTMENT_OPTIONS.rows(),
        }
        response = HttpResponse(_page_html(request, context, live))
    response["ETag"] = etag
    response["Last-Modified"] = http_date(now.timestamp())
    # The poll revalidates by hand (If-None-Match): no copy in the browser's cache to go stale.
    response["Cache-Control"] = "private, no-store"
    patch_vary_headers(response, ["HX-Request", "Cookie"])
    return response
