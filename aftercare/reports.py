"""Read side of aftercare: the day's counts for the summary and the daily sheet, and the
follow-up report. Each function runs a fixed number of queries whatever the volume."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from hospital.clock import day_bounds
from hospital.localized import localized
from hospital.models import Department, Desk
from reception.models import Inquiry, Visit
from reception.reports import percent

from .models import AdmissionHelp, Confirmation, DischargeSendOff, FollowUpStep, PlanTemplate


def confirmation_counts(*, day: dt.date, desk: Desk | None) -> dict[str, int]:
    """Count the visits expected on `day` by what their confirmation call found, and the no-shows.

    A no-show was expected, not moved or cancelled, and no walk-in with that phone arrived that
    day (at any desk).
    """
    start, end = day_bounds(day)
    expected = Inquiry.objects.filter(expected_visit_on=day).exclude(phone="")
    if desk is not None:
        expected = expected.filter(desk=desk)
    came = Visit.objects.filter(
        visitor__phone=OuterRef("phone"), arrived_at__gte=start, arrived_at__lt=end
    )
    settled_away = Q(
        confirmation__result__in=[Confirmation.Result.CHANGED, Confirmation.Result.CANCELLED]
    )
    counts = expected.annotate(arrived=Exists(came)).aggregate(
        expected=Count("pk"),
        confirmed=Count("pk", filter=Q(confirmation__result=Confirmation.Result.CONFIRMED)),
        changed=Count("pk", filter=Q(confirmation__result=Confirmation.Result.CHANGED)),
        cancelled=Count("pk", filter=Q(confirmation__result=Confirmation.Result.CANCELLED)),
        not_reached=Count("pk", filter=Q(confirmation__result=Confirmation.Result.NOT_REACHED)),
        not_called=Count("pk", filter=Q(confirmation__isnull=True)),
        came=Count("pk", filter=Q(arrived=True)),
        no_show=Count("pk", filter=Q(arrived=False) & ~settled_away),
        return_visits=Count("pk", filter=Q(follow_up_step__isnull=False)),
        return_visits_came=Count("pk", filter=Q(follow_up_step__isnull=False, arrived=True)),
    )
    return counts


def day_counts(*, day: dt.date, desk: Desk | None) -> dict[str, Any]:
    """Return the day's aftercare figures: admissions helped, send-offs, follow-up calls,
    confirmations."""
    start, end = day_bounds(day)
    admissions = AdmissionHelp.objects.filter(recorded_at__gte=start, recorded_at__lt=end)
    send_offs = DischargeSendOff.objects.filter(recorded_at__gte=start, recorded_at__lt=end)
    done_today = Q(done_at__gte=start, done_at__lt=end)
    due_today = Q(due_on=day) & ~Q(status=FollowUpStep.Status.CANCELLED)
    steps = FollowUpStep.objects.filter(done_today | due_today)
    if desk is not None:
        admissions = admissions.filter(visit__desk=desk)
        send_offs = send_offs.filter(desk=desk)
        steps = steps.filter(plan__desk=desk)
    return {
        "admissions": admissions.aggregate(
            total=Count("pk"),
            documents=Count("pk", filter=Q(documents_checked=True)),
            to_ward=Count("pk", filter=Q(escorted_to_ward=True)),
        ),
        "send_offs": send_offs.aggregate(
            total=Count("pk"),
            card=Count("pk", filter=Q(card_given=True)),
            guidance=Count("pk", filter=Q(guidance_given=True)),
            transport=Count("pk", filter=~Q(transport=DischargeSendOff.Transport.NONE)),
            feedback=Count("pk", filter=Q(feedback_asked=True)),
            plan=Count("pk", filter=Q(plan__isnull=False)),
        ),
        "follow_up": steps.aggregate(
            done=Count("pk", filter=done_today),
            reached=Count("pk", filter=done_today & Q(result=FollowUpStep.Result.REACHED)),
            return_visits=Count("pk", filter=done_today & Q(needs_return_visit=True)),
            due=Count("pk", filter=due_today),
            open=Count("pk", filter=due_today & Q(status=FollowUpStep.Status.OPEN)),
        ),
        "confirmations": confirmation_counts(day=day, desk=desk),
    }


@dataclass
class FollowUpRow:
    label: str
    due: int
    done: int
    on_time: int
    reached: int
    not_reached: int
    asked_to_stop: int
    cancelled: int
    return_visits: int

    @property
    def on_time_rate(self) -> Decimal | None:
        return percent(self.on_time, self.due)

    @property
    def reach_rate(self) -> Decimal | None:
        return percent(self.reached, self.done)


@dataclass
class FollowUpReport:
    start: dt.date
    end: dt.date
    total: FollowUpRow
    by_plan: list[FollowUpRow]
    by_department: list[FollowUpRow]


_FIGURES = {
    "due": Count("pk", filter=~Q(status=FollowUpStep.Status.CANCELLED)),
    "done": Count("pk", filter=Q(status=FollowUpStep.Status.DONE)),
    "on_time": Count(
        "pk", filter=Q(status=FollowUpStep.Status.DONE, done_at__date__lte=F("due_on"))
    ),
    "reached": Count("pk", filter=Q(result=FollowUpStep.Result.REACHED)),
    "not_reached": Count("pk", filter=Q(result=FollowUpStep.Result.NOT_REACHED)),
    "asked_to_stop": Count("pk", filter=Q(result=FollowUpStep.Result.ASKED_TO_STOP)),
    "cancelled": Count("pk", filter=Q(status=FollowUpStep.Status.CANCELLED)),
    "return_visits": Count("pk", filter=Q(needs_return_visit=True)),
}


def follow_up_report(
    *, steps: QuerySet[FollowUpStep], start: dt.date, end: dt.date
) -> FollowUpReport:
    """Figure the calls due in [start, end] of `steps` (already scoped to the reader): done on
    time (by the end of the due day), reach rate, return visits produced; by plan and by
    department."""
    due = steps.filter(due_on__gte=start, due_on__lte=end)
    total = due.aggregate(**_FIGURES)
    by_plan = list(due.values("plan__template").annotate(**_FIGURES).order_by("plan__template"))
    by_department = list(
        due.values("plan__department").annotate(**_FIGURES).order_by("plan__department")
    )
    templates = PlanTemplate.objects.in_bulk([row["plan__template"] for row in by_plan])
    departments = Department.objects.in_bulk(
        [row["plan__department"] for row in by_department if row["plan__department"]]
    )

    def row(label: str, figures: Any) -> FollowUpRow:
        return FollowUpRow(label=label, **{name: figures[name] for name in _FIGURES})

    return FollowUpReport(
        start=start,
        end=end,
        total=row(str(_("All plans")), total),
        by_plan=[
            row(localized(templates[r["plan__template"]], "name"), r)
            for r in by_plan
            if r["plan__template"] in templates
        ],
        by_department=[
            row(
                localized(departments[r["plan__department"]], "name")
                if r["plan__department"] in departments
                else str(_("No department")),
                r,
            )
            for r in by_department
        ],
    )
