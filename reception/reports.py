"""Read side of inquiries and feedback: the desk's end-of-day summary and the satisfaction report.

Each function runs a fixed number of queries whatever the volume: counts are aggregated in the
database and the phone match is one correlated subquery on the (phone, received_at) index.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.conf import settings
from django.db.models import Avg, Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import TruncDay, TruncMonth, TruncWeek
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hospital.clock import day_bounds
from hospital.models import Department, Desk

from .models import (
    FEEDBACK_DIMENSIONS,
    Feedback,
    FeedbackDimension,
    ImprovementPlan,
    Inquiry,
    Visit,
)

# A walk-in counts as "asked before" when the same phone called or asked within this many days.
MATCH_WINDOW_DAYS = 30

# Figures a higher app adds to the summary, by key: (template, gather(desk=, day=) -> context).
_summary_sections: dict[str, tuple[str, Callable[..., dict[str, Any]]]] = {}


def register_summary_section(
    key: str, template: str, gather: Callable[..., dict[str, Any]]
) -> None:
    """Add a section to every end-of-day summary (registering a key twice replaces it)."""
    _summary_sections[key] = (template, gather)


def _label(inquiries: Any) -> None:
    """Give each inquiry its channel and topic labels, translated once per list, not per row.

    get_FOO_display() rebuilds the choices and translates them on every call, which costs more
    than the queries on a page with hundreds of rows.
    """
    channels = {value: str(label) for value, label in Inquiry.Channel.choices}
    topics = {value: str(label) for value, label in Inquiry.Topic.choices}
    for inquiry in inquiries:
        inquiry.channel_label = channels.get(inquiry.channel, inquiry.channel)
        inquiry.topic_label = topics.get(inquiry.topic, inquiry.topic)


@dataclass
class DailySummary:
    desk: Desk
    day: dt.date
    total: int
    by_channel: list[tuple[str, int]]
    by_topic: list[tuple[str, int]]
    outcomes: dict[str, int]
    carried_over: int
    arrivals: int
    # Rows annotated here with `earlier_inquiry` and the channel and topic labels.
    matched_arrivals: list[Any]
    expected_not_come: list[Any]
    # The registered sections, each {"template": …, **its context}.
    sections: list[dict[str, Any]] = field(default_factory=list)

    def matched_lines(self) -> list[tuple[str, str, str, str]]:
        """Return the matched arrivals as printable cells (time, who, went to, earlier inquiry).

        Formatted here once per row: on a busy day the template's per-cell filters and lookups
        cost more than the queries.
        """
        lines = []
        for visit in self.matched_arrivals:
            earlier = visit.earlier_inquiry
            asked = ""
            if earlier is not None:
                asked = " · ".join(
                    (
                        timezone.localtime(earlier.received_at).strftime("%m-%d %H:%M"),
                        earlier.channel_label,
                        earlier.topic_label,
                    )
                )
                if earlier.desk_id != self.desk.pk:
                    asked += f" ({earlier.desk.name})"
            lines.append(
                (
                    timezone.localtime(visit.arrived_at).strftime("%H:%M"),
                    f"{visit.visitor.name} {visit.visitor.masked_phone}".strip(),
                    visit.destination.name if visit.destination else "—",
                    asked,
                )
            )
        return lines

    def expected_lines(self) -> list[tuple[str, str, str]]:
        """Return who said they would come and did not, as printable cells."""
        return [
            (
                f"{inquiry.caller_name} {inquiry.masked_phone}".strip(),
                f"{inquiry.topic_label} · {inquiry.question[:60]}",
                timezone.localtime(inquiry.received_at).strftime("%m-%d %H:%M"),
            )
            for inquiry in self.expected_not_come
        ]


def daily_summary(*, desk: Desk, day: dt.date) -> DailySummary:
    """Count the desk's consultations of the day and match its arrivals to earlier inquiries.

    Consultations count on the day they came in; those taken after hours the evening before (or
    over a closure) are counted apart as carried over, since they are on this day's list.
    """
    start, end = day_bounds(day)
    inquiries = Inquiry.objects.filter(desk=desk, received_at__gte=start, received_at__lt=end)
    channel_counts = dict(inquiries.values_list("channel").annotate(n=Count("pk")).order_by())
    topic_counts = dict(inquiries.values_list("topic").annotate(n=Count("pk")).order_by())
    callback = Q(outcome=Inquiry.Outcome.CALLBACK)
    outcomes = inquiries.aggregate(
        answered=Count("pk", filter=Q(outcome=Inquiry.Outcome.ANSWERED)),
        transferred=Count("pk", filter=Q(outcome=Inquiry.Outcome.TRANSFERRED)),
        callbacks_open=Count("pk", filter=callback & Q(callback_done_at__isnull=True)),
        callbacks_done=Count("pk", filter=callback & Q(callback_done_at__isnull=False)),
        closed=Count("pk", filter=Q(outcome=Inquiry.Outcome.CLOSED)),
    )

    carried_over = Inquiry.objects.filter(desk=desk, work_day=day, received_at__lt=start).count()
    arrivals = Visit.objects.filter(desk=desk, arrived_at__gte=start, arrived_at__lt=end)
    earlier = Inquiry.objects.filter(
        phone=OuterRef("visitor__phone"),
        received_at__lt=OuterRef("arrived_at"),
        received_at__gte=start - dt.timedelta(days=MATCH_WINDOW_DAYS),
    ).order_by("-received_at")
    matched: list[Any] = list(
        arrivals.exclude(visitor__phone="")
        .annotate(earlier_inquiry_id=Subquery(earlier.values("pk")[:1]))
        .filter(earlier_inquiry_id__isnull=False)
        .select_related("visitor", "destination")
        .only(
            "arrived_at",
            "visitor__name",
            "visitor__phone",
            "destination__name_zh_hans",
            "destination__name_zh_hant",
            "destination__name_en",
        )
        .order_by("arrived_at")
    )
    earlier_by_id = (
        Inquiry.objects.select_related("desk")
        .only("received_at", "channel", "topic", "desk__name")
        .in_bulk([visit.earlier_inquiry_id for visit in matched])
    )
    for visit in matched:
        visit.earlier_inquiry = earlier_by_id.get(visit.earlier_inquiry_id)
    _label(earlier_by_id.values())

    came = Visit.objects.filter(
        visitor__phone=OuterRef("phone"), arrived_at__gte=start, arrived_at__lt=end
    )
    expected_not_come = list(
        Inquiry.objects.filter(desk=desk, expected_visit_on=day)
        .exclude(phone="")
        .exclude(Exists(came))
        .only("caller_name", "phone", "channel", "topic", "question", "received_at")
        .order_by("received_at")
    )
    _label(expected_not_come)
    return DailySummary(
        desk=desk,
        day=day,
        total=sum(channel_counts.values()),
        by_channel=[
            (str(label), channel_counts.get(value, 0)) for value, label in Inquiry.Channel.choices
        ],
        by_topic=[
            (str(label), topic_counts.get(value, 0)) for value, label in Inquiry.Topic.choices
        ],
        outcomes=outcomes,
        carried_over=carried_over,
        arrivals=arrivals.count(),
        matched_arrivals=matched,
        expected_not_come=expected_not_come,
        sections=[
            {"template": template, **gather(desk=desk, day=day)}
            for template, gather in _summary_sections.values()
        ],
    )


# Satisfaction


def _round(value: Any) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def percent(part: int, whole: int) -> Decimal | None:
    """Return `part` as a percentage of `whole` to one decimal (None when `whole` is nothing)."""
    if not whole:
        return None
    return _round(Decimal(part) * 100 / Decimal(whole))


# Seed 003 §二(五): a dimension under the threshold has its improvement plan within a week.
PLAN_WITHIN_DAYS = 7


def response_rate_target() -> int:
    return int(settings.SATISFACTION_RESPONSE_TARGET)


# Answers given outside the exit survey, by key: (Feedback channel, answered(first=, after=)).
# `answered` returns the pks of the visits answered in [first, after) as a lazy queryset (for
# example `.values("plan__visit")`): the report folds it into its visit count as a subquery, so
# a source adds no query. Aftercare registers its follow-up calls that asked satisfaction.
_response_sources: dict[str, tuple[str, Callable[..., QuerySet]]] = {}


def register_response_source(key: str, channel: str, answered: Callable[..., QuerySet]) -> None:
    """Count another record's satisfaction answers on a report channel (a key twice replaces).

    An answer counts as a response for its visit in the period it was given; a visit that also
    answered the exit survey in the period counts once in the total and once per channel.
    """
    if channel not in Feedback.Channel.values:
        raise ValueError(f"Unknown feedback channel {channel!r}")
    _response_sources[key] = (channel, answered)


@dataclass
class DimensionResult:
    name: str
    label: str
    average: Decimal | None
    # The average over the period up to a week before its end: under the threshold already then,
    # the plan is overdue when none is written.
    average_week_before: Decimal | None = None
    planned: bool = False

    @property
    def flagged(self) -> bool:
        return self.average is not None and self.average < settings.SATISFACTION_THRESHOLD

    @property
    def plan_overdue(self) -> bool:
        """Under the threshold for more than a week with no improvement plan written."""
        return (
            self.flagged
            and not self.planned
            and self.average_week_before is not None
            and self.average_week_before < settings.SATISFACTION_THRESHOLD
        )


@dataclass
class ChannelRate:
    """How many of the period's visits answered on one channel (tablet, own phone, call)."""

    channel: str
    label: str
    responses: int
    visits: int
    # Of `responses`, the visits answered through a registered source (a follow-up call) and not
    # also on this channel's exit survey.
    from_sources: int = 0

    @property
    def rate(self) -> Decimal | None:
        return percent(self.responses, self.visits)


@dataclass
class TrendPoint:
    bucket: dt.date
    responses: int
    averages: dict[str, Decimal | None]


@dataclass
class SatisfactionReport:
    start: dt.date
    end: dt.date
    desk: Desk | None
    department: Department | None
    responses: int
    visits: int
    dimensions: list[DimensionResult]
    trend: list[TrendPoint]
    granularity: str
    plans: list[ImprovementPlan] = field(default_factory=list)
    by_channel: list[ChannelRate] = field(default_factory=list)
    target: int = field(default_factory=response_rate_target)

    @property
    def response_rate(self) -> Decimal | None:
        return percent(self.responses, self.visits)

    @property
    def response_rate_low(self) -> bool:
        rate = self.response_rate
        return rate is not None and rate < self.target

    @property
    def flagged(self) -> list[DimensionResult]:
        return [d for d in self.dimensions if d.flagged]

    @property
    def plans_overdue(self) -> list[DimensionResult]:
        return [d for d in self.dimensions if d.plan_overdue]


def _feedback_in(
    start: dt.date, end: dt.date, desk: Desk | None, department: Department | None
) -> QuerySet:
    first, _next = day_bounds(start)
    _last, after = day_bounds(end)
    feedback = Feedback.objects.filter(submitted_at__gte=first, submitted_at__lt=after)
    if desk is not None:
        feedback = feedback.filter(desk=desk)
    if department is not None:
        feedback = feedback.filter(department=department)
    return feedback


def satisfaction_report(
    *,
    start: dt.date,
    end: dt.date,
    desk: Desk | None = None,
    department: Department | None = None,
) -> SatisfactionReport:
    """Average each dimension over the period, count responses against visits by channel,
    trend them, and flag the dimensions under the threshold with no plan after a week."""
    feedback = _feedback_in(start, end, desk, department)
    averages = {f"avg_{name}": Avg(name) for name in FEEDBACK_DIMENSIONS}
    week_before, _next = day_bounds(end - dt.timedelta(days=PLAN_WITHIN_DAYS - 1))
    earlier = Q(submitted_at__lt=week_before)
    totals = feedback.aggregate(
        responses=Count("pk"),
        **averages,
        **{f"before_{name}": Avg(name, filter=earlier) for name in FEEDBACK_DIMENSIONS},
        **{
            f"channel_{value}": Count("pk", filter=Q(channel=value))
            for value in Feedback.Channel.values
        },
    )

    first, _next = day_bounds(start)
    _last, after = day_bounds(end)
    visits = Visit.objects.all()
    if desk is not None:
        visits = visits.filter(desk=desk)
    if department is not None:
        visits = visits.filter(destination=department)
    arrived = Q(arrived_at__gte=first, arrived_at__lt=after)
    # The visits answered through a registered source, by channel; a visit counts in the total
    # only when it gave no exit survey in the period, on its channel only when it gave none there.
    answered: dict[str, Q] = {}
    for channel, source in _response_sources.values():
        by_source = Q(pk__in=source(first=first, after=after))
        answered[channel] = answered[channel] | by_source if channel in answered else by_source
    surveyed = feedback.filter(visit=OuterRef("pk"))
    any_source = Q()
    for by_channel in answered.values():
        any_source |= by_channel
    from_sources = (
        {"from_sources": Count("pk", filter=any_source & ~Q(Exists(surveyed)))} if answered else {}
    )
    visit_totals = visits.filter(arrived | any_source).aggregate(
        visits=Count("pk", filter=arrived),
        **from_sources,
        **{
            f"from_sources_{channel}": Count(
                "pk", filter=by_channel & ~Q(Exists(surveyed.filter(channel=channel)))
            )
            for channel, by_channel in answered.items()
        },
    )

    span = (end - start).days
    trunc: TruncDay | TruncWeek | TruncMonth
    if span <= 31:
        granularity, trunc = "day", TruncDay("submitted_at")
    elif span <= 7 * 26:
        granularity, trunc = "week", TruncWeek("submitted_at")
    else:
        granularity, trunc = "month", TruncMonth("submitted_at")
    rows = (
        feedback.annotate(bucket=trunc)
        .values("bucket")
        .annotate(responses=Count("pk"), **averages)
        .order_by("bucket")
    )
    trend = [
        TrendPoint(
            bucket=timezone.localtime(row["bucket"]).date()
            if isinstance(row["bucket"], dt.datetime)
            else row["bucket"],
            responses=row["responses"],
            averages={name: _round(row[f"avg_{name}"]) for name in FEEDBACK_DIMENSIONS},
        )
        for row in rows
    ]
    plans = list(
        ImprovementPlan.objects.filter(
            period_start__lte=end, period_end__gte=start, desk=desk, department=department
        ).select_related("created_by", "desk", "department")
    )
    planned = {plan.dimension for plan in plans}
    visit_count = visit_totals["visits"]
    return SatisfactionReport(
        start=start,
        end=end,
        desk=desk,
        department=department,
        responses=totals["responses"] + visit_totals.get("from_sources", 0),
        visits=visit_count,
        dimensions=[
            DimensionResult(
                name=value,
                label=str(label),
                average=_round(totals[f"avg_{value}"]),
                average_week_before=_round(totals[f"before_{value}"]),
                planned=value in planned,
            )
            for value, label in FeedbackDimension.choices
        ],
        trend=trend,
        granularity=granularity,
        plans=plans,
        by_channel=[
            ChannelRate(
                channel=value,
                label=str(label),
                responses=totals[f"channel_{value}"] + visit_totals.get(f"from_sources_{value}", 0),
                visits=visit_count,
                from_sources=visit_totals.get(f"from_sources_{value}", 0),
            )
            for value, label in Feedback.Channel.choices
        ],
        target=response_rate_target(),
    )


# The trend chart: server-rendered SVG, no JavaScript and no CDN.

CHART_WIDTH, CHART_HEIGHT, CHART_PAD = 720, 260, 36
# Colour-blind-safe (Okabe–Ito), one per dimension, in FeedbackDimension order.
CHART_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9"]


def trend_chart(report: SatisfactionReport) -> dict[str, Any]:
    """Return the coordinates the SVG template draws: one polyline per dimension, 0–100."""
    points = report.trend
    inner_w = CHART_WIDTH - 2 * CHART_PAD
    inner_h = CHART_HEIGHT - 2 * CHART_PAD

    def x(i: int) -> float:
        return CHART_PAD + (inner_w * i / (len(points) - 1) if len(points) > 1 else inner_w / 2)

    def y(score: float) -> float:
        return CHART_PAD + inner_h * (1 - score / 100)

    series = []
    for colour, (value, label) in zip(CHART_COLOURS, FeedbackDimension.choices, strict=True):
        coords = [
            (round(x(i), 1), round(y(float(average)), 1))
            for i, p in enumerate(points)
            if (average := p.averages[value]) is not None
        ]
        series.append(
            {
                "label": label,
                "colour": colour,
                "points": " ".join(f"{cx},{cy}" for cx, cy in coords),
                "dots": coords,
            }
        )
    step = max(1, len(points) // 8)
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "left": CHART_PAD,
        "right": CHART_WIDTH - CHART_PAD,
        "top": CHART_PAD,
        "bottom": CHART_HEIGHT - CHART_PAD,
        "threshold_y": round(y(settings.SATISFACTION_THRESHOLD), 1),
        "grid": [{"y": round(y(s), 1), "label": s} for s in (0, 25, 50, 75, 100)],
        "ticks": [
            {"x": round(x(i), 1), "label": p.bucket.strftime("%m-%d")}
            for i, p in enumerate(points)
            if i % step == 0
        ],
        "series": series,
        "empty": not points,
        "title": _("Average per dimension"),
    }
