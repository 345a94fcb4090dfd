"""The supervisor's daily handover sheet, on screen, as a PDF, and countersigned in one tap.

It composes handover's sheets and registers with the complaints received that day, so it lives
on the top floor.
"""

import threading
from datetime import date
from typing import Any, cast

from django.conf import settings
from django.contrib import messages
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.forms import ModelChoiceField
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_spaces_between_tags
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from aftercare.reports import day_counts as aftercare_day_counts
from complaints.models import Complaint
from handover.forms import DailySheetForm
from handover.reports import daily_sheet as handover_daily_sheet
from handover.services import sheets_countersign_day
from handover.views.base import DeskRequest
from hospital.access import Kind, log_access
from hospital.models import Desk
from hospital.roles import Role, role_required

from ..handover_complaints import complaints_of_day


def _daily_context(request: HttpRequest) -> dict[str, Any]:
    form = DailySheetForm(request.GET or None, initial={"date": timezone.localdate()})
    day: date = timezone.localdate()
    desk = None
    if form.is_bound and form.is_valid():
        day = form.cleaned_data["date"]
        desk = form.cleaned_data["desk"]
    elif not form.is_bound:
        form = DailySheetForm(initial={"date": day})
    show_empty = request.GET.get("empty") == "1"
    # One read of the desks serves the form's choices and the sheet's sections.
    active_desks = list(Desk.objects.filter(is_active=True))
    desk_field = cast(ModelChoiceField, form.fields["desk"])
    desk_field.choices = [("", desk_field.empty_label), *((d.pk, str(d)) for d in active_desks)]
    context = handover_daily_sheet(
        day=day, desk=desk, show_empty=show_empty, active_desks=active_desks
    )
    context["complaints"] = complaints_of_day(day=day, desk=desk)
    context["aftercare"] = aftercare_day_counts(day=day, desk=desk)
    _name_complaints_of_books(context["books"])
    context["form"] = form
    query = request.GET.copy()
    query["date"] = day.isoformat()
    query.pop("empty", None)
    context["query_compact"] = query.urlencode()
    query["empty"] = "1"
    context["query_empty"] = query.urlencode()
    # The PDF prints what the page shows.
    context["query"] = context["query_empty" if show_empty else "query_compact"]
    return context


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
    try:
        count = sheets_countersign_day(day=day, desk=desk, by=request.user)
        messages.success(request, _("%(count)s sheets countersigned.") % {"count": count})
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    query = f"date={day.isoformat()}" + (f"&desk={desk.pk}" if desk else "")
    return redirect(f"{reverse('overview:daily_sheet')}?{query}")


_pdf_tools = threading.local()


def _pdf_stylesheet_and_fonts() -> tuple[Any, Any]:
    """Return the sheet's parsed stylesheet and a font configuration, made once per thread.

    WeasyPrint otherwise parses the stylesheet and builds a new Pango font map (fontconfig
    looking up the Noto CJK faces again) for every PDF; a font map is not shared across threads.
    """
    # Imported here: WeasyPrint loads Pango at import, which only this page needs.
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    tools = getattr(_pdf_tools, "tools", None)
    if tools is None:
        fonts = FontConfiguration()
        # The same stylesheet as the page, read from disk: WeasyPrint never fetches over HTTP.
        stylesheet = CSS(filename=finders.find("css/handover.css"), font_config=fonts)
        tools = _pdf_tools.tools = (stylesheet, fonts)
    return tools


@require_GET
@role_required(Role.SUPERVISOR)
def daily_sheet_pdf(request: HttpRequest) -> HttpResponse:
    """Return the same sheet as a PDF (WeasyPrint, Noto CJK fonts)."""
    from weasyprint import HTML

    context = _daily_context(request)
    context["pdf"] = True
    # The template's indentation is a third of the page's bytes: WeasyPrint parses it in Python.
    html = strip_spaces_between_tags(
        render_to_string("overview/daily_sheet_pdf.html", context, request=request)
    )
    stylesheet, fonts = _pdf_stylesheet_and_fonts()
    pdf = HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(
        stylesheets=[stylesheet], font_config=fonts
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    desk = context["desk"].code if context["desk"] else "all"
    log_access(request, f"daily sheet {context['day']:%Y-%m-%d} {desk}", kind=Kind.PDF)
    response["Content-Disposition"] = (
        f'attachment; filename="handover-{context["day"]:%Y-%m-%d}-{desk}.pdf"'
    )
    return response
