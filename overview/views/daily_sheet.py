"""The supervisor's daily handover sheet, on screen, as a PDF, and countersigned in one tap.

It composes handover's sheets and registers with the complaints received that day, so it lives
on the top floor.
"""

import atexit
import hashlib
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import Model
from django.forms import ModelChoiceField
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_spaces_between_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from aftercare.models import (
    AdmissionHelp,
    Confirmation,
    DischargeSendOff,
    FollowUpPlan,
    FollowUpStep,
)
from aftercare.reports import day_counts as aftercare_day_counts
from complaints.models import Complaint
from handover import models as handover_models
from handover.forms import DailySheetForm
from handover.reports import daily_sheet as handover_daily_sheet
from handover.services import sheets_countersign_day
from handover.views.base import DeskRequest
from hospital.access import Kind, log_access
from hospital.clock import day_bounds
from hospital.forms import carry_out
from hospital.localized import hospital_name
from hospital.models import Department, Desk
from hospital.records import writes_in_flight
from hospital.roles import Role, role_required
from reception.models import Inquiry, Visit, Visitor
from triage.models import Escalation

from ..handover_complaints import complaints_of_day

# How long a rendered sheet is remembered: its key holds the versions of everything it shows, so
# this only bounds the memory of sheets nobody asks for any more.
SHEET_CACHE_SECONDS = 600

# Where the body says when it was printed: put in on every answer, never remembered.
_PRINTED_MARK = "\x00printed\x00"


def _page_context(request: HttpRequest) -> dict[str, Any]:
    """Return what the page around the sheet needs: the form, the day, the desk, the links."""
    form = DailySheetForm(request.GET or None, initial={"date": timezone.localdate()})
    day: date = timezone.localdate()
    desk = None
    if form.is_bound and form.is_valid():
        day = form.cleaned_data["date"]
        desk = form.cleaned_data["desk"]
    elif not form.is_bound:
        form = DailySheetForm(initial={"date": day})
    show_empty = request.GET.get("empty") == "1"
    # One read of the desks serves the form's choices and, when the sheet is rendered, its
    # sections.
    active_desks = list(Desk.objects.filter(is_active=True))
    desk_field = cast(ModelChoiceField, form.fields["desk"])
    desk_field.choices = [("", desk_field.empty_label), *((d.pk, str(d)) for d in active_desks)]
    query = request.GET.copy()
    query["date"] = day.isoformat()
    query.pop("empty", None)
    query_compact = query.urlencode()
    query["empty"] = "1"
    query_empty = query.urlencode()
    return {
        "form": form,
        "day": day,
        "desk": desk,
        "show_empty": show_empty,
        "active_desks": active_desks,
        "query_compact": query_compact,
        "query_empty": query_empty,
        # The PDF prints what the page shows.
        "query": query_empty if show_empty else query_compact,
    }


def _sheet_data(page: dict[str, Any]) -> dict[str, Any]:
    """Return the sheet's figures and records: handover's part, the complaints, after-care."""
    day, desk = page["day"], page["desk"]
    data = handover_daily_sheet(
        day=day, desk=desk, show_empty=page["show_empty"], active_desks=page["active_desks"]
    )
    data["complaints"] = complaints_of_day(day=day, desk=desk)
    data["aftercare"] = aftercare_day_counts(day=day, desk=desk)
    _name_complaints_of_books(data["books"])
    return data


def _history_table(model: type[Model]) -> tuple[str, str]:
    """Return the table and the id column of the model's history."""
    history = cast(Any, model).history.model
    return history._meta.db_table, history._meta.pk.column


# Every record the sheet shows whose changes are written to a history table: a newer history
# row is a change. The sheet's visits and complaints are read by day instead (a walk-in of
# today should not throw away the sheet of last week).
_HISTORY_OF: tuple[type[Model], ...] = (
    handover_models.HandoverSheet,
    handover_models.ChecklistEntry,
    handover_models.SheetAddendum,
    handover_models.Shift,
    handover_models.AfterHoursBook,
    handover_models.AfterHoursEntry,
    handover_models.HandoverTask,
    handover_models.Key,
    handover_models.KeyLoan,
    Escalation,
    Visitor,
    AdmissionHelp,
    DischargeSendOff,
    FollowUpPlan,
    FollowUpStep,
    Inquiry,
    Confirmation,
    Department,
    Desk,
    get_user_model(),
)


def _sheet_versions(day: date) -> tuple[Any, ...]:
    """Return, in one statement, the versions of everything the day's sheet shows.

    The newest history row of each kind of record; the signatures by their newest id (written
    once, never changed, and deleted only with their sheet, whose history records it); the day's
    visits and the complaints from the night before to the day's end by count, newest id, sum of
    versions (every `save_as` adds one) and newest `updated_at`, so an insert, a change or a
    deletion each moves a figure; the same of the visits escalated or admitted that day, which
    may have arrived the day before (a re-routed one moves to or from the desk's sheet).
    Read before the sheet is, so a change made in between is never remembered under an old key
    (and a newest id can be passed by a change that commits later: see `_sheet_body`).
    """
    quote = connection.ops.quote_name
    adapt = connection.ops.adapt_datetimefield_value
    start, end = day_bounds(day)
    night_start, _night_end = day_bounds(day - timedelta(days=1))
    latest = [
        f"(SELECT MAX({quote(column)}) FROM {quote(table)})"
        for table, column in map(_history_table, _HISTORY_OF)
    ]
    latest.append(f"(SELECT MAX(id) FROM {quote(handover_models.SheetEvent._meta.db_table)})")

    def day_rows(model: type[Model], moment: str) -> str:
        return (
            f"(SELECT COUNT(*) n, MAX(id) newest, SUM(version) versions, MAX(updated_at) changed "
            f"FROM {quote(model._meta.db_table)} WHERE {quote(moment)} >= %s AND "
            f"{quote(moment)} < %s)"
        )

    visits = quote(Visit._meta.db_table)
    escalated_or_admitted = (
        f"(SELECT COUNT(*) n, SUM(version) versions, MAX(updated_at) changed FROM {visits}"
        f" WHERE id IN (SELECT visit_id FROM {quote(Escalation._meta.db_table)}"
        " WHERE spotted_at >= %s AND spotted_at < %s"
        f" UNION SELECT visit_id FROM {quote(AdmissionHelp._meta.db_table)}"
        " WHERE recorded_at >= %s AND recorded_at < %s))"
    )
    sql = (
        f"SELECT v.n, v.newest, v.versions, v.changed, c.n, c.newest, c.versions, c.changed, "
        f"e.n, e.versions, e.changed, {', '.join(latest)} "
        f"FROM {day_rows(Visit, 'arrived_at')} v, {day_rows(Complaint, 'received_at')} c, "
        f"{escalated_or_admitted} e"
    )
    bounds = [adapt(start), adapt(end)]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*bounds, adapt(night_start), adapt(end), *bounds, *bounds])
        return tuple(cursor.fetchone())


def _sheet_tables() -> list[str]:
    """Return the tables whose newest id is part of the sheet's key (`_sheet_body`)."""
    return [
        *(table for table, _column in map(_history_table, _HISTORY_OF)),
        handover_models.SheetEvent._meta.db_table,
    ]


def _sheet_body(page: dict[str, Any], *, pdf: bool) -> tuple[str, dict[str, Any]]:
    """Return the sheet's HTML and, when it had to be rendered now, its data.

    Rendered once and remembered under the versions of what it shows, the day, the desk, the
    language, the hospital's name and whether it is for paper: the next request after any
    change renders it again.
    """
    versions = _sheet_versions(page["day"])
    name = hospital_name()
    parts = [
        get_language() or "",
        name,
        page["day"].isoformat(),
        str(page["desk"].pk if page["desk"] else ""),
        str(page["show_empty"]),
        str(pdf),
        *map(str, versions),
    ]
    key = "daily-sheet:" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()
    remembered = cache.get(key)
    data = None
    if remembered is None:
        # Two changes can commit out of the order of their history ids: the sheet is remembered
        # only when no other transaction was writing to the tables of those ids (after the
        # versions were read), so a change committed later than a newer id is never left out.
        unsettled = writes_in_flight(_sheet_tables())
        data = _sheet_data(page)
        context = {
            **page,
            **data,
            "pdf": pdf,
            "hospital_name": name,
            "printed_at": _PRINTED_MARK,
        }
        html: str = render_to_string("overview/_daily_sheet_body.html", context)
        if pdf:
            # The template's indentation is a third of the sheet's bytes, and WeasyPrint parses
            # it in Python.
            html = strip_spaces_between_tags(html)
        remembered = (html, data["to_countersign"])
        if not unsettled:
            cache.set(key, remembered, SHEET_CACHE_SECONDS)
    html, to_countersign = remembered
    printed = date_format(timezone.localtime(), "Y-m-d H:i")
    body = mark_safe(html.replace(_PRINTED_MARK, printed))  # noqa: S308 - escaped by the template
    return body, {**(data or {}), "to_countersign": to_countersign}


def _daily_context(request: HttpRequest, *, pdf: bool = False) -> dict[str, Any]:
    page = _page_context(request)
    body, data = _sheet_body(page, pdf=pdf)
    # The figures, when rendered now, are in the context too (tests and the benchmark read them).
    return {**page, **data, "sheet_body": body}


def _name_complaints_of_books(books: list[Any]) -> None:
    """Give each after-hours entry that became a complaint the complaint's reference.

    Handover records only the complaint's id (it sits below complaints); the printed sheet
    names the reference a person can look up, never the database id.
    """
    entries = [entry for book in books for entry in book.entries.all() if entry.complaint_id]
    references = dict(
        Complaint.objects.filter(pk__in={e.complaint_id for e in entries}).values_list(
            "pk", "reference"
        )
    )
    for entry in entries:
        entry.complaint_reference = references.get(entry.complaint_id, "")


@require_GET
@role_required(Role.SUPERVISOR)
def daily_sheet(request: HttpRequest) -> HttpResponse:
    """Show the day's handover sheet for one desk or all desks, to print on A4."""
    return render(request, "overview/daily_sheet.html", _daily_context(request))


@require_POST
@role_required(Role.SUPERVISOR)
def daily_countersign(request: DeskRequest) -> HttpResponse:
    """Countersign the day's accepted sheets shown on the daily sheet, in one tap."""
    form = DailySheetForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the day to countersign."))
        return redirect("overview:daily_sheet")
    day, desk = form.cleaned_data["date"], form.cleaned_data["desk"]
    carry_out(
        request,
        lambda: sheets_countersign_day(day=day, desk=desk, by=request.user),
        lambda count: _("%(count)s sheets countersigned.") % {"count": count},
    )
    query = f"date={day.isoformat()}" + (f"&desk={desk.pk}" if desk else "")
    return redirect(f"{reverse('overview:daily_sheet')}?{query}")


_pdf_tools = threading.local()


@atexit.register
def _forget_pdf_tools() -> None:
    # The font configuration deletes its copy of the sheet's font files when it goes, which it
    # cannot do at the interpreter's very end (the modules it calls are gone by then).
    _pdf_tools.__dict__.pop("tools", None)


# The Simplified Chinese face the PDF embeds, cut down to GB 2312 (every character of everyday
# Simplified Chinese), Latin and punctuation: WeasyPrint copies and subsets the whole font file
# of each face on every PDF, and Noto Sans CJK's is 19 MB of 65,535 glyphs. A character outside
# it is printed from the full Noto Sans CJK SC, which follows in the font list.
_SHEET_FONT_FACES = """
@font-face { font-family: "Sheet Sans SC"; font-weight: 400; src: url("%(regular)s"); }
@font-face { font-family: "Sheet Sans SC"; font-weight: 700; src: url("%(bold)s"); }
"""


def _static_file(name: str) -> Path:
    """Return the path of the static file `name` (never fetched over HTTP by WeasyPrint)."""
    found = finders.find(name)
    if not isinstance(found, str):
        raise ImproperlyConfigured(f"{name} is missing from the static files")
    return Path(found)


def _pdf_stylesheet_and_fonts() -> tuple[list[Any], Any]:
    """Return the sheet's parsed stylesheets and a font configuration, made once per thread.

    WeasyPrint otherwise parses the stylesheet, loads the sheet's font faces and builds a new
    Pango font map (fontconfig looking up the Noto CJK faces again) for every PDF; a font map is
    not shared across threads.
    """
    # Imported here: WeasyPrint loads Pango at import, which only this page needs.
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    tools = getattr(_pdf_tools, "tools", None)
    if tools is None:
        fonts = FontConfiguration()
        # The same stylesheet as the page, read from disk: WeasyPrint never fetches over HTTP.
        stylesheet = CSS(filename=_static_file("css/handover.css"), font_config=fonts)
        faces = {
            weight: _static_file(f"fonts/sheet-sans-sc-{weight}.otf").as_uri()
            for weight in ("regular", "bold")
        }
        font_faces = CSS(string=_SHEET_FONT_FACES % faces, font_config=fonts)
        tools = _pdf_tools.tools = ([font_faces, stylesheet], fonts)
    return tools


@require_GET
@role_required(Role.SUPERVISOR)
def daily_sheet_pdf(request: HttpRequest) -> HttpResponse:
    """Return the same sheet as a PDF (WeasyPrint, Noto CJK fonts)."""
    from weasyprint import HTML

    context = _daily_context(request, pdf=True)
    html = render_to_string("overview/daily_sheet_pdf.html", context, request=request)
    stylesheets, fonts = _pdf_stylesheet_and_fonts()
    pdf = HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(
        stylesheets=stylesheets, font_config=fonts
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    desk = context["desk"].code if context["desk"] else "all"
    log_access(request, f"daily sheet {context['day']:%Y-%m-%d} {desk}", kind=Kind.PDF)
    response["Content-Disposition"] = (
        f'attachment; filename="handover-{context["day"]:%Y-%m-%d}-{desk}.pdf"'
    )
    return response
