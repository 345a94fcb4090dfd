"""The monthly complaint analysis (seed 002 投诉与处理 §4): counts, compliance, times, causes."""

import datetime as dt
import statistics
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, QuerySet
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django_stubs_ext import StrOrPromise

from hospital.clock import day_bounds
from hospital.csv import csv_attachment
from hospital.models import Department

from .models import Complaint

# How far back a complainant counts as "repeat": within a year of this month's complaint.
REPEAT_WINDOW_DAYS = 365


def month_of(day: dt.date | None) -> dt.date:
    """Return the first day of the month of `day`, or of the current month."""
    day = day or timezone.localdate()
    return day.replace(day=1)


def month_bounds(month: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Return local midnight at the start of `month` and at the start of the next month."""
    following = (month + dt.timedelta(days=32)).replace(day=1)
    return day_bounds(month)[0], day_bounds(following)[0]


@dataclass
class Bar:
    label: str
    value: int
    width: float = 0.0  # percent of the longest bar, for the SVG


@dataclass
class Compliance:
    on_time: int = 0
    late: int = 0
    pending: int = 0

    @property
    def measured(self) -> int:
        return self.on_time + self.late

    @property
    def percent(self) -> float | None:
        return round(100 * self.on_time / self.measured, 1) if self.measured else None


@dataclass
class MonthlyReport:
    month: dt.date
    total: int = 0
    by_category: list[Bar] = field(default_factory=list)
    by_department: list[Bar] = field(default_factory=list)
    by_channel: list[Bar] = field(default_factory=list)
    by_root_cause: list[Bar] = field(default_factory=list)
    by_satisfaction: list[Bar] = field(default_factory=list)
    first_response: Compliance = field(default_factory=Compliance)
    final_answer: Compliance = field(default_factory=Compliance)
    median_first_response_hours: float | None = None
    median_final_answer_hours: float | None = None
    repeat_complainants: list[dict[str, Any]] = field(default_factory=list)


def _bars(counts: dict[Any, int], labels: dict[str, StrOrPromise]) -> list[Bar]:
    bars = [
        Bar(str(labels.get(key, key) or _("Not recorded")), value) for key, value in counts.items()
    ]
    bars.sort(key=lambda bar: -bar.value)
    top = max((bar.value for bar in bars), default=0)
    for bar in bars:
        bar.width = round(100 * bar.value / top, 1) if top else 0.0
    return bars


def _hours(start: dt.datetime, end: dt.datetime) -> float:
    return (end - start).total_seconds() / 3600


def monthly(complaints: QuerySet[Complaint], *, month: dt.date) -> MonthlyReport:
    """Analyse the complaints received in `month` among `complaints` (already access-filtered).

    Grouped counts run in the database; the per-complaint times read only five columns of the
    month's rows, so the report costs a fixed handful of queries.
    """
    start, end = month_bounds(month)
    now = timezone.now()
    of_month = complaints.filter(received_at__gte=start, received_at__lt=end)
    report = MonthlyReport(month=month)

    def grouped(field_name: str) -> dict[Any, int]:
        return dict(
            of_month.order_by()
            .values_list(field_name)
            .annotate(n=Count("id", distinct=True))
            .values_list(field_name, "n")
        )

    by_category = grouped("category")
    report.total = sum(by_category.values())
    report.by_category = _bars(by_category, dict(Complaint.Category.choices))
    report.by_channel = _bars(grouped("channel"), dict(Complaint.Channel.choices))
    causes = grouped("root_cause")
    causes.pop("", None)
    report.by_root_cause = _bars(causes, dict(Complaint.RootCause.choices))
    satisfaction = grouped("satisfaction")
    satisfaction.pop("", None)
    report.by_satisfaction = _bars(satisfaction, dict(Complaint.Satisfaction.choices))
    by_department = grouped("departments")
    by_department.pop(None, None)
    names = {d.pk: d.name for d in Department.objects.filter(pk__in=list(by_department))}
    report.by_department = _bars(
        {names.get(pk) or str(pk): n for pk, n in by_department.items()}, {}
    )

    first_times: list[float] = []
    final_times: list[float] = []
    rows = of_month.order_by().values_list(
        "received_at", "first_response_due", "acknowledged_at", "final_answer_due", "resolved_at"
    )
    for received_at, first_due, acknowledged_at, final_due, resolved_at in rows.iterator():
        _count(report.first_response, acknowledged_at, first_due, now)
        _count(report.final_answer, resolved_at, final_due, now)
        if acknowledged_at:
            first_times.append(_hours(received_at, acknowledged_at))
        if resolved_at:
            final_times.append(_hours(received_at, resolved_at))
    if first_times:
        report.median_first_response_hours = round(statistics.median(first_times), 1)
    if final_times:
        report.median_final_answer_hours = round(statistics.median(final_times), 1)

    report.repeat_complainants = _repeat_complainants(complaints, of_month, start)
    return report


def _count(
    compliance: Compliance, done_at: dt.datetime | None, due: dt.datetime, now: dt.datetime
) -> None:
    if done_at is not None:
        if done_at <= due:
            compliance.on_time += 1
        else:
            compliance.late += 1
    elif due < now:
        compliance.late += 1
    else:
        compliance.pending += 1


def _repeat_complainants(
    complaints: QuerySet[Complaint], of_month: QuerySet[Complaint], start: dt.datetime
) -> list[dict[str, Any]]:
    """Return contacts who complained this month and more than once within the past year."""
    contacts = of_month.exclude(contact="").values_list("contact", flat=True).distinct()
    window = complaints.filter(
        contact__in=contacts,
        received_at__gte=start - dt.timedelta(days=REPEAT_WINDOW_DAYS),
    )
    counts = (
        window.order_by()
        .values_list("contact")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .order_by("-n")[:20]
    )
    return [{"contact": Complaint.mask_contact(contact), "count": n} for contact, n in counts]


CSV_COLUMNS = [
    ("reference", gettext_noop("Reference")),
    ("received_at", gettext_noop("Received at")),
    ("channel", gettext_noop("Channel")),
    ("category", gettext_noop("Category")),
    ("severity", gettext_noop("Severity")),
    ("departments", gettext_noop("Departments")),
    ("status", gettext_noop("Status")),
    ("first_response_due", gettext_noop("First response due")),
    ("acknowledged_at", gettext_noop("First response at")),
    ("first_on_time", gettext_noop("First response on time")),
    ("final_answer_due", gettext_noop("Final answer due")),
    ("resolved_at", gettext_noop("Final answer at")),
    ("final_on_time", gettext_noop("Final answer on time")),
    ("escalated_at", gettext_noop("Escalated at")),
    ("root_cause", gettext_noop("Root cause")),
    ("satisfaction", gettext_noop("Satisfaction")),
    ("contact", gettext_noop("Contact (masked)")),
]


def csv_response(complaints: QuerySet[Complaint], *, month: dt.date) -> HttpResponse:
    """Return the month's complaints as CSV; the BOM makes Excel read the Chinese correctly."""
    start, end = month_bounds(month)
    response, writer = csv_attachment(f"complaints-{month:%Y-%m}.csv")
    writer.writerow([_(label) for _key, label in CSV_COLUMNS])
    rows = (
        complaints.filter(received_at__gte=start, received_at__lt=end)
        .prefetch_related("departments")
        .order_by("received_at", "id")
    )
    yes, no = _("yes"), _("no")
    # get_FOO_display() hashes and translates every choice on every call: look labels up once.
    label = {
        name: {value: str(text) for value, text in choices}
        for name, choices in (
            ("channel", Complaint.Channel.choices),
            ("category", Complaint.Category.choices),
            ("severity", Complaint.Severity.choices),
            ("status", Complaint.Status.choices),
            ("root_cause", Complaint.RootCause.choices),
            ("satisfaction", Complaint.Satisfaction.choices),
        )
    }
    zone = timezone.get_current_timezone()

    def when(value: dt.datetime | None) -> str:
        return value.astimezone(zone).strftime("%Y-%m-%d %H:%M") if value else ""

    def on_time(flag: bool | None) -> str:
        return "" if flag is None else (yes if flag else no)

    for complaint in rows.iterator(chunk_size=2000):
        writer.writerow(
            [
                complaint.reference,
                when(complaint.received_at),
                label["channel"].get(complaint.channel, complaint.channel),
                label["category"].get(complaint.category, complaint.category),
                label["severity"].get(complaint.severity, complaint.severity),
                " / ".join(d.name for d in complaint.departments.all()),
                label["status"].get(complaint.status, complaint.status),
                when(complaint.first_response_due),
                when(complaint.acknowledged_at),
                on_time(complaint.first_response_on_time),
                when(complaint.final_answer_due),
                when(complaint.resolved_at),
                on_time(complaint.final_answer_on_time),
                when(complaint.escalated_at),
                label["root_cause"].get(complaint.root_cause, ""),
                label["satisfaction"].get(complaint.satisfaction, ""),
                complaint.masked_contact,
            ]
        )
    return response
