"""What handover adds to the supervisor's daily sheet: a page of counts and signatures.

Every figure is aggregated by the database, so a day of 20,000 visits costs the same handful of
queries as a quiet Sunday (benchmarks/daily_sheet.py measures it).
"""

from datetime import date, datetime, timedelta
from typing import Any

from django.db import connection
from django.db.models import Field, Model, Prefetch, Q
from django.utils.translation import gettext

from hospital.clock import day_bounds
from hospital.models import Department, Desk
from reception.models import Visit
from triage.models import Escalation

from .models import (
    AfterHoursBook,
    AfterHoursEntry,
    ChecklistEntry,
    HandoverSheet,
    KeyLoan,
    SheetAddendum,
    SheetEvent,
    Shift,
)
from .pending import pending_rows


def _sheets(day: date, desks: list[Desk]) -> list[HandoverSheet]:
    # Only the names the sheet prints: the desk and the shift are the section's and the row's.
    return list(
        HandoverSheet.objects.select_related("outgoing", "incoming")
        .filter(date=day, desk__in=desks)
        .prefetch_related(
            Prefetch("checklist", queryset=ChecklistEntry.objects.order_by("sort_order", "pk")),
            Prefetch("events", queryset=SheetEvent.objects.select_related("by").order_by("at")),
            Prefetch("addenda", queryset=SheetAddendum.objects.select_related("written_by")),
        )
    )


def sheet_timeline(sheet: HandoverSheet) -> list[dict[str, Any]]:
    """Return the sheet's events in the order they happened, each with who, when and why.

    A signature after a refusal reads "signed again", so that signed, refused with its reason,
    re-signed, accepted and countersigned read as the story they are.
    """
    timeline = []
    refused = False
    for event in sheet.events.all():
        label = event.get_kind_display()
        if event.kind == SheetEvent.Kind.REFUSED:
            refused = True
        elif event.kind == SheetEvent.Kind.SIGNED_OUT and refused:
            label = gettext("Signed again by the outgoing")
        timeline.append(
            {
                "kind": event.kind,
                "label": label,
                "by": event.by,
                "at": event.at,
                "reason": event.reason if event.kind == SheetEvent.Kind.REFUSED else "",
            }
        )
    return timeline


def _column(model: type[Model], name: str) -> str:
    """Return the database column of the model's field `name`."""
    field = model._meta.get_field(name)
    if not isinstance(field, Field) or not field.column:
        raise LookupError(f"{model.__name__}.{name} has no column")
    return field.column


def _visit_counts(
    *, start: datetime, end: datetime, desk: Desk | None
) -> list[tuple[int | None, int, list[int]]]:
    """Return per destination (busiest first) the day's visits and their count by hour, from one
    pass over the day's visits.

    Each hour is a plain range comparison that every database runs fast, where extracting the
    local hour would call a function per row (SQLite runs it in Python). Written as SQL because
    the ORM spent longer building 24 filtered counts than the database spent running them; the
    query counts the visits before each hour's end, and an hour is the difference of two.
    """
    quote = connection.ops.quote_name
    arrived, destination, desk_column = (
        quote(_column(Visit, name)) for name in ("arrived_at", "destination", "desk")
    )
    adapt = connection.ops.adapt_datetimefield_value
    before = [adapt(start + timedelta(hours=hour)) for hour in range(1, 24)]
    params: list[Any] = [*before, adapt(start), adapt(end)]
    where = f"{arrived} >= %s AND {arrived} < %s"
    if desk is not None:
        where += f" AND {desk_column} = %s"
        params.append(desk.pk)
    counts = ", ".join([f"SUM(CASE WHEN {arrived} < %s THEN 1 ELSE 0 END)"] * len(before))
    sql = (
        f"SELECT {destination}, COUNT(*), {counts} FROM {quote(Visit._meta.db_table)} "
        f"WHERE {where} GROUP BY {destination}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    result = []
    for destination_id, n, *cumulative in rows:
        edges = [0, *(int(c) for c in cumulative), n]
        result.append((destination_id, n, [edges[h + 1] - edges[h] for h in range(24)]))
    result.sort(key=lambda row: (-row[1], row[0] or 0))  # ties in a stable order
    return result


def daily_sheet(
    *,
    day: date,
    desk: Desk | None = None,
    show_empty: bool = False,
    active_desks: list[Desk] | None = None,
) -> dict[str, Any]:
    """Return handover's part of the daily sheet for one desk (or all desks) on `day`:
    the shifts' sheets, the visitors by department and hour, escalations, the after-hours
    book and the key register (the top floor adds what higher apps know).

    For all desks, shifts without a sheet are named on one line rather than printed as empty
    blocks, unless `show_empty` asks for them; one desk's sheet always shows every shift.
    `active_desks` spares the query for them when the caller has read them already."""
    if desk is not None:
        desks = [desk]
    elif active_desks is not None:
        desks = active_desks
    else:
        desks = list(Desk.objects.filter(is_active=True))
    start, end = day_bounds(day)
    sheets = {(s.desk_id, s.shift_id): s for s in _sheets(day, desks)}
    shifts = Shift.objects.filter(desk__in=desks, is_active=True).order_by(
        "sort_order", "starts_at"
    )
    sections: list[dict[str, Any]] = []
    compact = desk is None and not show_empty
    for current in desks:
        rows = []
        without_sheet = []
        for shift in (s for s in shifts if s.desk_id == current.pk):
            sheet = sheets.get((current.pk, shift.pk))
            if sheet is None and compact:
                without_sheet.append(shift)
                continue
            rows.append(
                {
                    "shift": shift,
                    "sheet": sheet,
                    "pending": pending_rows(sheet.pending) if sheet and sheet.pending else [],
                    "timeline": sheet_timeline(sheet) if sheet else [],
                }
            )
        sections.append({"desk": current, "shifts": rows, "without_sheet": without_sheet})

    by_department_rows = _visit_counts(start=start, end=end, desk=desk)
    departments = Department.objects.in_bulk(
        [destination for destination, _n, _hours in by_department_rows if destination]
    )
    by_department = [
        {"department": departments.get(destination), "n": n}
        for destination, n, _hours in by_department_rows
    ]
    hours = [sum(row[2][hour] for row in by_department_rows) for hour in range(24)]
    busiest = max(hours, default=0) or 1
    # The bar's length in per cent of the busiest hour: the longest bar is the busiest hour.
    by_hour = [
        {"hour": hour, "n": n, "width": round(100 * n / busiest)}
        for hour, n in enumerate(hours)
        if n
    ]
    total = sum(n for _destination, n, _hours in by_department_rows)

    escalations = Escalation.objects.filter(spotted_at__gte=start, spotted_at__lt=end)
    if desk is not None:
        escalations = escalations.filter(visit__desk=desk)

    books = list(
        AfterHoursBook.objects.filter(night_of=day - timedelta(days=1), desk__in=desks)
        .select_related("desk", "handed_over_by", "taken_back_by")
        .prefetch_related(
            Prefetch(
                "entries",
                queryset=AfterHoursEntry.objects.select_related("recorded_by", "task"),
            )
        )
    )
    key_lines = list(
        KeyLoan.objects.filter(
            Q(issued_at__gte=start, issued_at__lt=end)
            | Q(returned_at__gte=start, returned_at__lt=end),
            key__desk__in=desks,
        )
        .select_related("key", "issued_by", "returned_to")
        .order_by("issued_at")
    )
    return {
        "day": day,
        "desk": desk,
        "show_empty": show_empty,
        "sections": sections,
        "visits_total": total,
        "by_department": by_department,
        "by_hour": by_hour,
        "by_hour_max": max((r["n"] for r in by_hour), default=0),
        "escalations": list(
            escalations.select_related("visit__visitor", "spotted_by").order_by("spotted_at")
        ),
        "books": books,
        "key_lines": key_lines,
        "to_countersign": sum(
            1
            for section in sections
            for row in section["shifts"]
            if row["sheet"] and row["sheet"].status == HandoverSheet.Status.ACCEPTED
        ),
    }
