"""The waiting board: reception's visits with the next step of every stage one tap away (routing,
escorting, escalating), so it lives on the top floor."""

import hashlib
import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Min, Q, QuerySet
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.dateformat import time_format
from django.utils.html import escape, format_html_join
from django.utils.http import http_date
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy, ngettext, pgettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from handover.models import EquipmentLoan
from hospital.desks import current_desk
from hospital.localized import localized
from hospital.models import Department, Desk
from hospital.phones import mask_phone
from hospital.roles import Role, role_required
from reception.models import BoardStamp, Urgency, Visit, Visitor, VisitQuerySet
from reception.views.access import StaffRequest

from ..board_poll import board_etag

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# A board longer than this is not a board any more: the most urgent and longest waiting are
# shown, the rest are counted. It also keeps each refresh small for the tablets.
BOARD_LIMIT = 60

# The urgency level's short name on a row (China's pre-triage levels); the numeral comes first.
URGENCY_SHORT: dict[str, "StrOrPromise"] = {
    Urgency.I: pgettext_lazy("urgency level", "Critical"),
    Urgency.II: pgettext_lazy("urgency level", "Severe"),
    Urgency.III: pgettext_lazy("urgency level", "Urgent"),
    Urgency.IV: pgettext_lazy("urgency level", "Non-urgent"),
}

# The one most likely next step of a visit in each status: (action, label).
NEXT_STEP: dict[str, tuple[str, "StrOrPromise"]] = {
    Visit.Status.WAITING: ("route", gettext_lazy("Route")),
    Visit.Status.ROUTED: ("escort", gettext_lazy("Escort")),
    Visit.Status.ESCORTING: ("handoff", gettext_lazy("Hand off")),
    Visit.Status.ESCALATED: ("escalate", gettext_lazy("Emergency record")),
}


@lru_cache(maxsize=8)
def _row_url_patterns(script_prefix: str) -> dict[str, str]:
    """Return each row link's URL with a {} for the visit, once per script prefix (the only
    thing a reversed URL depends on here): reversing per row per refresh was the board's
    largest cost once the queries were few."""
    names = {
        "detail": "overview:visit_detail",
        "actions": "overview:visit_actions",
        "route": "triage:route",
        "escalate": "triage:escalate",
        "escort": "handover:escort_start",
        "handoff": "handover:handoff",
    }
    marker = 987654321
    return {
        key: reverse(name, args=[marker]).replace(str(marker), "{}") for key, name in names.items()
    }


# A visitor's masked phone on a row, remembered: formatting a number (libphonenumber) was the
# board's largest cost per row, and the same visitors are on every refresh.
_masked_phone = lru_cache(maxsize=4096)(mask_phone)


def _row_labels() -> dict[str, Any]:
    """Return the labels every row repeats, in the active language (read only: shared)."""
    return _labels_in(get_language() or "")


@lru_cache(maxsize=16)
def _labels_in(language: str) -> dict[str, Any]:
    """Return the row labels translated once per language: the catalogues do not change while
    the process runs (`language` is the key; the translation is the active one)."""
    return {
        "purpose": {value: str(label) for value, label in Visit.Purpose.choices},
        "status": {value: str(label) for value, label in Visit.Status.choices},
        "urgency": {u.value: f"{u.value} {URGENCY_SHORT[u]}" for u in Urgency},
        "next": {status: (action, str(label)) for status, (action, label) in NEXT_STEP.items()},
        "untriaged": _("not yet triaged"),
        "reassess": _("re-assess"),
        "priority": _("Priority"),
        "more": _("More steps"),
        "more_for": _("More steps for %(visitor)s"),
    }


# The columns a row reads, and no others: the visit as a model instance (its rules of the clock,
# its ticket number), its visitor and destination as plain values beside it. Building 60 visits,
# visitors, departments and desks as whole model instances, and compiling the query that joined
# their every column, was about a third of a changed poll.
ROW_COLUMNS = (
    "id",
    "version",
    "visitor_id",
    "desk_id",
    "destination_id",
    "status",
    "purpose",
    "chief_complaint",
    "temperature",
    "urgency",
    "is_priority",
    "arrived_at",
    "routed_at",
    "escort_started_at",
    "handed_off_at",
    "escalated_at",
    "reassess_at",
    "queue_prefix",
    "queue_seq",
)
UNDO_COLUMNS = ("version", "status", "closed_at", "visitor__name", "visitor__phone")
_DEPARTMENT_NAMES = ("name_zh_hans", "name_zh_hant", "name_en")
_DESK_NAMES = ("name", "name_zh_hant", "name_en")


def board_visits(visits: QuerySet[Visit], *, all_desks: bool) -> QuerySet[Visit]:
    """Return `visits` (in board order) with only the columns a row shows: the visitor's and
    the destination's (and, on the all-desks board, the desk's) names as `row_*` values."""
    names = {
        "row_visitor_name": F("visitor__name"),
        "row_visitor_phone": F("visitor__phone"),
        **{f"row_destination_{name}": F(f"destination__{name}") for name in _DEPARTMENT_NAMES},
    }
    if all_desks:
        names |= {f"row_desk_{name}": F(f"desk__{name}") for name in _DESK_NAMES}
    return visits.select_related(None).only(*ROW_COLUMNS).annotate(**names)


def _named(model: type[Department] | type[Desk], pk: int, visit: Visit, prefix: str) -> Any:
    """Return an unsaved `model` holding the names a row read beside the visit, so that
    `localized` picks the reader's language the one way it always does."""
    fields = _DEPARTMENT_NAMES if model is Department else _DESK_NAMES
    values = [pk] + [getattr(visit, f"{prefix}{name}") for name in fields]
    return model.from_db(None, ["id", *fields], values)


def board_rows(
    visits: list[Visit], *, now: datetime, back_to: str = "", labels: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Return each open visit with every text its row shows, made here rather than by template
    tags per row (translation, choice labels, names in the reader's language, masked phones):
    the row loop was most of a board's CPU. The visits come from `board_visits`. `back_to` is
    where the row's menu returns."""
    patterns = _row_url_patterns(get_script_prefix())
    labels = labels or _row_labels()
    menu_query = f"?next={quote(back_to)}" if back_to else ""
    language = get_language()
    # A department, a desk or a number of minutes is put in words once per answer, however
    # many rows show it.
    destinations: dict[int, str] = {}
    desks: dict[int, str] = {}
    waited_labels: dict[int, str] = {}
    in_status_labels: dict[int, str] = {}
    rows = []
    for visit in visits:
        pk = visit.pk
        row_of = cast(Any, visit)  # the `row_*` names that board_visits read beside it
        action, next_label = labels["next"].get(visit.status, ("", ""))
        who = row_of.row_visitor_name or _masked_phone(row_of.row_visitor_phone)
        who = who or str(Visitor(pk=visit.visitor_id))
        why = labels["purpose"].get(visit.purpose, visit.purpose)
        if visit.chief_complaint:
            why = f"{why}: {visit.chief_complaint}"
        if visit.temperature:
            why = f"{why} · {visit.temperature} °C"
        status_label = labels["status"].get(visit.status, visit.status)
        if visit.destination_id:
            if visit.destination_id not in destinations:
                department = _named(Department, visit.destination_id, visit, "row_destination_")
                destinations[visit.destination_id] = localized(department, "name", language)
            status_label = f"{status_label} → {destinations[visit.destination_id]}"
        desk = ""
        if hasattr(visit, "row_desk_name"):
            if visit.desk_id not in desks:
                desks[visit.desk_id] = localized(
                    _named(Desk, visit.desk_id, visit, "row_desk_"), "name", language
                )
            desk = desks[visit.desk_id]
        untriaged = visit.is_untriaged(now)
        overdue = not untriaged and visit.is_overdue(now)
        tone = "red" if visit.status == Visit.Status.ESCALATED else ""
        tone = tone or ("amber" if untriaged or visit.is_overdue(now) else "")
        waited, in_status = visit.minutes_waited(now), visit.minutes_in_status(now)
        if waited not in waited_labels:
            waited_labels[waited] = ngettext("%(minutes)s min", "%(minutes)s min", waited) % {
                "minutes": waited
            }
        if in_status not in in_status_labels:
            in_status_labels[in_status] = ngettext(
                "%(minutes)s min in status", "%(minutes)s min in status", in_status
            ) % {"minutes": in_status}
        rows.append(
            {
                "visit": visit,
                "pk": pk,
                "status": visit.status,
                "waited": waited,
                "in_status": in_status,
                "tone": tone,
                "untriaged": untriaged,
                "overdue": overdue,
                "tone_class": f"fd-row-{tone}" if tone else "",
                "waited_label": waited_labels[waited],
                "in_status_label": in_status_labels[in_status],
                "priority": visit.is_priority,
                "who": who,
                "desk": desk,
                "why": why,
                "urgency_class": visit.urgency.lower(),
                "urgency_label": labels["urgency"].get(visit.urgency, visit.urgency),
                "status_label": status_label,
                "flag": "untriaged" if untriaged else "reassess" if overdue else "",
                "flag_label": labels["untriaged"]
                if untriaged
                else labels["reassess"]
                if overdue
                else "",
                "next_label": next_label,
                "next_url": patterns[action].format(pk) if action else "",
                "next_class": "btn-danger"
                if visit.status == Visit.Status.ESCALATED
                else "btn-primary",
                "detail_url": patterns["detail"].format(pk),
                "actions_url": patterns["actions"].format(pk) + menu_query,
                "more_label": labels["more_for"] % {"visitor": who},
            }
        )
    return rows


# How long a rendered list of rows is remembered: its key is everything it shows, so this only
# bounds the memory of boards nobody asks for any more.
ROWS_CACHE_SECONDS = 120


# The minutes of each row move on at that row's own second: they are left out of the
# remembered HTML as marks (row index, which minutes) and put in on every answer.
_CLOCK_LABELS = {"w": "waited_label", "s": "in_status_label"}
_CLOCK_MARK = re.compile("\x00(\\d+)([ws])\x00")


def _rows_html(
    request: StaffRequest, rows: list[dict[str, Any]], *, all_desks: bool, labels: dict[str, Any]
) -> str:
    """Return the rows' HTML, rendered once and remembered by its contents.

    The key is every text the rows show (board_rows made them) but their minutes, each visit's
    version and ticket and the page's address (the ticket link returns to it), so a remembered
    list is the one the template would render now once the minutes are put in: the tablets of
    a desk polling after a change, and every refresh, get it without rendering 60 rows again.
    """
    parts = [request.get_full_path(), get_language() or "", str(all_desks)]
    parts += [str(labels["priority"]), str(labels["more"])]
    left_out = {"visit", "waited", "in_status", *_CLOCK_LABELS.values()}
    for row in rows:
        visit = row["visit"]
        parts += [str(row["pk"]), str(visit.version), visit.queue_number]
        parts += [str(value) for key, value in row.items() if key not in left_out]
    key = "board-rows:" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()
    # Remembered cut at its marks: [html, row, which minutes, html, row, which minutes, ..., html].
    pieces = cache.get(key)
    if pieces is None:
        marked = [
            {**row, **{label: f"\x00{i}{mark}\x00" for mark, label in _CLOCK_LABELS.items()}}
            for i, row in enumerate(rows)
        ]
        html = render_to_string(
            "overview/board.html#board-rows",
            # The request as a variable only (the ticket link returns to the page): the rows
            # need none of the context processors.
            {"rows": marked, "all_desks": all_desks, "labels": labels, "request": request},
        )
        pieces = _CLOCK_MARK.split(html)
        cache.set(key, pieces, ROWS_CACHE_SECONDS)
    escaped: dict[str, str] = {}
    out = [pieces[0]]
    for at in range(1, len(pieces), 3):
        text = rows[int(pieces[at])][_CLOCK_LABELS[pieces[at + 1]]]
        if text not in escaped:
            escaped[text] = str(escape(text))
        out += [escaped[text], pieces[at + 2]]
    return mark_safe("".join(out))  # noqa: S308 - escaped by the template, the minutes here


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


def _filter_options(filters: BoardFilterForm) -> dict[str, str]:
    """Return each filter's options as HTML; the departments in one read of their code and
    names (the choices iterator counts first, and builds every column of each)."""
    department = cast(forms.ModelChoiceField, filters.fields["department"])
    departments = cast(QuerySet[Department], department.queryset).only(
        "code", "name_zh_hans", "name_zh_hant", "name_en"
    )
    choices: dict[str, Any] = {
        "status": cast(forms.ChoiceField, filters.fields["status"]).choices,
        "urgency": cast(forms.ChoiceField, filters.fields["urgency"]).choices,
        "department": [("", department.empty_label)]
        + [(d.code, department.label_from_instance(d)) for d in departments],
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


def _summary(visits: QuerySet[Visit], now: datetime) -> dict[str, Any]:
    """Return the header line: open visits, waiting to be routed, longest wait, escalations.

    Counted per status (a GROUP BY of at most four rows): a third cheaper to build than four
    filtered aggregates, and the board builds it on every change.
    """
    per_status = {
        status: (count, first)
        for status, count, first in visits.order_by()
        .values_list("status")
        .annotate(count=Count("pk"), first=Min("arrived_at"))
    }
    first = min((first for _count, first in per_status.values()), default=None)
    return {
        "open": sum(count for count, _first in per_status.values()),
        "waiting": per_status.get(Visit.Status.WAITING, (0, None))[0],
        "escalated": per_status.get(Visit.Status.ESCALATED, (0, None))[0],
        "longest": max(0, int((now - first).total_seconds() // 60)) if first else 0,
    }


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


def _any_loan_overdue(desk: Desk | None, now: datetime) -> bool:
    """Return whether any equipment of this desk (of any desk with None) is overdue: almost
    always not, and this one small read costs a fraction of the overdue-loans tag's (three
    tables' every column), which the board then runs only when there is something to show."""
    loans = EquipmentLoan.objects.overdue(now)
    return (loans if desk is None else loans.filter(equipment__desk=desk)).exists()


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
    the tag of the board's poll.

    Only a poll (`reuse`) is answered from memory: everything the part shows is what the tag
    stands for, and a poll holding that tag is told 304 and keeps the same HTML, so a remembered
    copy is never older than what a polling tablet would keep. The whole page (opened, reloaded)
    is always rendered afresh, and remembered for the polls. Since the tag is read from the
    database on every request, several app servers agree. The session's CSRF secret is in the
    key too (the undo forms carry a token of it), and so are the settings the rows depend on. Also return the context it was rendered from (empty when
    it was remembered).
    """
    csrf_token = get_token(request)
    csrf_secret = request.META["CSRF_COOKIE"]
    tuning = f"{settings.UNTRIAGED_FLAG_MINUTES}|{settings.BOARD_REFRESH_SECONDS}"
    key = "board-live:" + hashlib.sha1(f"{poll_tag}|{csrf_secret}|{tuning}".encode()).hexdigest()
    html = cache.get(key) if reuse else None
    context: dict[str, Any] = {}
    if html is None:
        scope_desk = None if all_desks else desk
        readable = _readable_visits(request, scope_desk)
        open_visits = readable.on_board(desk=scope_desk)
        on_board = filters.filter(open_visits) if filters.is_bound else open_visits
        summary = _summary(open_visits.order_by(), now)
        visits = list(board_visits(on_board, all_desks=all_desks)[: BOARD_LIMIT + 1])
        more = 0
        if len(visits) > BOARD_LIMIT:
            visits = visits[:BOARD_LIMIT]
            shown_of = on_board.count() if filters.active else summary["open"]
            more = shown_of - BOARD_LIMIT
        labels = _row_labels()
        rows = board_rows(visits, now=now, back_to=refresh_url, labels=labels)
        context = {
            "rows": rows,
            "rows_html": _rows_html(request, rows, all_desks=all_desks, labels=labels),
            "more": more,
            "summary": summary,
            # What the undo strip shows of each, and no other column (as the rows).
            "undoable": list(readable.undoable(desk=scope_desk, now=now).only(*UNDO_COLUMNS)[:5]),
            "loans_overdue": _any_loan_overdue(scope_desk, now),
            "filtered": filters.active,
            "all_desks": all_desks,
            "desk": desk,
            "updated": _UPDATED_MARK,
            "refresh_url": refresh_url,
            "refresh_seconds": settings.BOARD_REFRESH_SECONDS,
            # Without the request: the part needs no context processor but the token.
            "csrf_token": csrf_token,
        }
        html = render_to_string("overview/board.html#board-live", context)
        cache.set(key, html, LIVE_CACHE_SECONDS)
    updated = time_format(timezone.localtime(now), "H:i:s")
    return mark_safe(html.replace(_UPDATED_MARK, updated)), context  # noqa: S308 - escaped


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
    filters = BoardFilterForm(params or None)
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
            "live_html": live,
            "options": _filter_options(filters),
            "filters": filters,
            "filtered": filters.active,
            "all_desks": all_desks,
            "desk": desk,
            "board_url": board_url,
        }
        response = render(request, "overview/board.html", context)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(now.timestamp())
    # The poll revalidates by hand (If-None-Match): no copy in the browser's cache to go stale.
    response["Cache-Control"] = "private, no-store"
    patch_vary_headers(response, ["HX-Request", "Cookie"])
    return response
