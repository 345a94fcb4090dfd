"""Benchmark the end-of-day summary of one desk with 5,000 visits and 1,000 inquiries.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/frontdesk_bench \
        .venv/bin/python benchmarks/daily_summary.py --visits 5000 --inquiries 1000 --requests 30

Fills a desk of its own ("bench-summary") for one day with `--visits` walk-ins and `--inquiries`
inquiries spread over the month before and the day itself (bulk inserts, once: a rerun reuses
them), a third of them by phones that walk in on the day and a fifth expecting to come that day.
Then times the summary's queries alone and the whole page as a supervisor, in one process through
Django's test client (no network, no browser), and prints p50/p95 and the queries it ran. Target:
the page in under a second. Never on production.
"""

import argparse
import datetime as dt
import random
import time

from common import bench_desk, bulk_visits, measure, page_as_supervisor  # noqa: E402, I001 (sets Django up)
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from hospital.clock import day_bounds  # noqa: E402
from hospital.models import Department, Desk  # noqa: E402
from reception.models import Inquiry, Visit  # noqa: E402
from reception.reports import daily_summary  # noqa: E402

DAY = dt.date(2025, 6, 10)  # a Tuesday, in the past so that the clock never moves it
DESK_CODE = "bench-summary"


def fill(desk: Desk, *, visits: int, inquiries: int) -> None:
    """Insert the day's visits and the month's inquiries for the desk, unless already there."""
    start, _end = day_bounds(DAY)
    have = Visit.objects.filter(desk=desk, arrived_at__gte=start).count()
    if have >= visits:
        print(
            f"reusing {have:,} visits and {Inquiry.objects.filter(desk=desk).count():,} inquiries"
        )
        return
    guide = get_user_model().objects.get(username="guide")
    department_ids = list(Department.objects.values_list("pk", flat=True))
    rng = random.Random(42)
    began = time.perf_counter()
    with transaction.atomic():
        visitors = bulk_visits(
            desk,
            start=start,
            count=visits,
            phone_prefix="136",
            from_hour=7,
            hours=11,
            logged_by=guide,
            department_ids=department_ids,
            rng=rng,
        )
        rows = []
        for n in range(inquiries):
            received = (
                start
                - dt.timedelta(days=rng.randrange(31))
                + dt.timedelta(hours=8, seconds=rng.randrange(9 * 3600))
            )
            matched = n % 3 == 0  # a third ask before they come
            phone = visitors[rng.randrange(visits)].phone if matched else f"135{n:08d}"
            channel = rng.choice(Inquiry.Channel.values)
            outcome = "callback" if channel == "missed" else rng.choice(["answered", "transferred"])
            rows.append(
                Inquiry(
                    desk=desk,
                    channel=channel,
                    phone=phone,
                    topic=rng.choice(Inquiry.Topic.values),
                    question="" if channel == "missed" else "基准测试问题",
                    outcome=outcome,
                    transferred_to_id=rng.choice(department_ids)
                    if outcome == "transferred"
                    else None,
                    received_at=received,
                    rang_at=None if channel == "in_person" else received,
                    answered_at=received if channel in ("phone_in", "phone_out") else None,
                    work_day=timezone.localdate(received),
                    callback_due_on=timezone.localdate(received) if outcome == "callback" else None,
                    expected_visit_on=DAY if n % 5 == 0 else None,
                    recorded_by=guide,
                )
            )
        Inquiry.objects.bulk_create(rows, batch_size=2000)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE reception_visit, reception_visitor, reception_inquiry")
    took = time.perf_counter() - began
    print(f"inserted {visits:,} visits and {inquiries:,} inquiries in {took:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=5000)
    parser.add_argument("--inquiries", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()

    desk = bench_desk(DESK_CODE)
    fill(desk, visits=args.visits, inquiries=args.inquiries)
    summary = daily_summary(desk=desk, day=DAY)
    print(
        f"{connection.vendor}: {summary.arrivals:,} arrivals, {summary.total:,} consultations "
        f"that day, {len(summary.matched_arrivals):,} arrivals matched to earlier inquiries, "
        f"{len(summary.expected_not_come):,} expected who did not come"
    )
    measure(
        "daily_summary() (queries only)", lambda: daily_summary(desk=desk, day=DAY), args.requests
    )
    url = f"/reception/summary/?desk={desk.pk}&day={DAY.isoformat()}"
    measure("summary page, rendered (supervisor)", page_as_supervisor(url), args.requests)


if __name__ == "__main__":
    main()
