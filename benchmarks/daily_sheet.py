"""Benchmark the supervisor's daily handover sheet for a day of 20,000 visits.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fd_h6_bench \
        .venv/bin/python benchmarks/daily_sheet.py --visits 20000 --requests 10

Fills a desk of its own ("bench-sheet") for one day with `--visits` walk-ins spread over the day
and the departments, three signed shift sheets with their checklists, escalations-free (bulk
inserts, once: a rerun reuses them). Then times, in one process through Django's test client, the
sheet's data alone, the HTML page and the PDF for that desk and for all desks, each remembered (a
repeat request) and rendered afresh (the first request after a change), and prints p50/p95
(wall), the queries each ran and the CPU per request of this process. Target: under 2 s for the
page, under 1 s for the PDF. Never on production.
"""

import argparse
import datetime as dt
import os
import random
import time
from collections.abc import Callable

from common import bench_desk, bulk_visits, measure, page_as_supervisor  # noqa: E402, I001 (sets Django up)
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management.color import no_style  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from demo import handover as handover_demo  # noqa: E402
from handover import services  # noqa: E402
from handover.models import ChecklistEntry, HandoverSheet, Shift  # noqa: E402
from handover.reports import daily_sheet as build_daily_sheet  # noqa: E402
from hospital.clock import day_bounds  # noqa: E402
from hospital.models import Department, Desk  # noqa: E402
from reception.models import Visit  # noqa: E402

DAY = dt.date(2025, 6, 10)  # in the past so that the clock never moves it
DESK_CODE = "bench-sheet"


def fill(desk: Desk, *, visits: int) -> None:
    """Insert the day's visits and three signed sheets for the desk, unless already there."""
    start, _end = day_bounds(DAY)
    have = Visit.objects.filter(desk=desk, arrived_at__gte=start).count()
    if have >= visits:
        print(f"reusing {have:,} visits")
        return
    users = get_user_model().objects.in_bulk(
        ["guide", "guide2", "supervisor"], field_name="username"
    )
    guide = users["guide"]
    department_ids = list(Department.objects.values_list("pk", flat=True))
    rng = random.Random(6)
    began = time.perf_counter()
    with transaction.atomic():
        bulk_visits(
            desk,
            start=start,
            count=visits,
            phone_prefix="137",
            from_hour=6,
            hours=16,
            logged_by=guide,
            department_ids=department_ids,
            rng=rng,
        )
        handover_demo.seed_shift_handover(stdout=open(os.devnull, "w"), style=no_style())  # noqa: SIM115
        pairs = [(users["guide"], users["guide2"]), (users["guide2"], users["guide"])]
        for n, shift in enumerate(Shift.objects.filter(desk=desk)):
            outgoing, incoming = pairs[n % 2]
            sheet = services.sheet_start(desk=desk, shift=shift, day=DAY, by=outgoing)
            marks: dict[int, tuple[str, str]] = {
                e.pk: (ChecklistEntry.Mark.OK, "") for e in sheet.checklist.all()
            }
            sheet = services.sheet_update(
                sheet=sheet,
                by=outgoing,
                version=sheet.version,
                work_log="基准",
                incoming=incoming,
                marks=marks,
            )
            sheet = services.sheet_sign_out(sheet=sheet, by=outgoing)
            services.sheet_accept(sheet=sheet, by=incoming)
            services.sheet_countersign(sheet=sheet, by=users["supervisor"])
    took = time.perf_counter() - began
    print(
        f"inserted {visits:,} visits and {HandoverSheet.objects.filter(desk=desk).count()} sheets in {took:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=20000)
    parser.add_argument("--requests", type=int, default=10)
    args = parser.parse_args()

    desk = bench_desk(DESK_CODE)
    fill(desk, visits=args.visits)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE reception_visit")
    data = build_daily_sheet(day=DAY, desk=desk)
    print(
        f"{connection.vendor}: {data['visits_total']:,} visits that day in "
        f"{len(data['by_department'])} departments and {len(data['by_hour'])} hours; "
        f"{sum(1 for row in data['sections'][0]['shifts'] if row['sheet'])} sheets"
    )
    measure(
        "daily_sheet() data (queries only)",
        lambda: build_daily_sheet(day=DAY, desk=desk),
        args.requests,
    )
    for label, url in [
        ("daily sheet HTML, one desk", f"/handover/daily/?date={DAY}&desk={desk.pk}"),
        ("daily sheet HTML, all desks", f"/handover/daily/?date={DAY}"),
        ("daily sheet PDF, one desk", f"/handover/daily.pdf?date={DAY}&desk={desk.pk}"),
    ]:
        page = page_as_supervisor(url)
        measure(f"{label}, remembered", page, args.requests)
        measure(f"{label}, rendered afresh", afresh(page), args.requests)


def afresh(page: Callable[[], None]) -> Callable[[], None]:
    """Return `page` asked with nothing remembered: the first request after a change."""

    def call() -> None:
        cache.clear()
        page()

    return call


if __name__ == "__main__":
    main()
