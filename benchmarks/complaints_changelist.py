"""Benchmark the complaint admin changelist at 100,000 complaints; print the figures.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/frontdesk_bench \
        .venv/bin/python benchmarks/complaints_changelist.py --complaints 100000 --requests 200

Tops the database up to `--complaints` with seed_demo's volume rows (bulk inserts), then asks the
changelist for typical pages (first page, a deep page, filters, searches) as a department manager
and as a supervisor, in one process through Django's test client (no network, no browser), and
prints per page the wall p50/p95, the CPU per request and the queries, twice: remembered (the
same page asked again, complaints.remembered) and rendered (the cache cleared before each
request, as after a change to a complaint). Never on production.
"""

import argparse
import math
import os
import statistics
import time

import common  # noqa: F401, I001 (sets Django up for measuring: first)
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.management.color import no_style  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from complaints.models import Complaint  # noqa: E402
from demo import hospital as hospital_demo  # noqa: E402
from demo.complaints import bulk_complaints  # noqa: E402

CHANGELIST = "/admin/complaints/complaint/"


def top_up(target: int) -> None:
    have = Complaint.objects.count()
    if have >= target:
        print(f"complaints in the database: {have:,}")
        return
    missing = target - have
    per_day = 280
    days = math.ceil(missing / per_day)
    started = time.perf_counter()
    added = bulk_complaints(days=days, per_day=per_day, seed=have)
    took = time.perf_counter() - started
    print(f"inserted {added:,} complaints in {took:.1f} s ({added / took:,.0f} per second)")
    print(f"complaints in the database: {Complaint.objects.count():,}")


def measure(
    client: Client, url: str, requests: int, *, rendered: bool
) -> tuple[list[float], float, int]:
    """Return the wall milliseconds of each request, the CPU milliseconds a request and the
    queries of one; `rendered` clears the remembered pages before each request."""

    def ask() -> None:
        if rendered:
            cache.clear()
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    ask()  # warm up (templates, connection), and remember the page
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        ask()
    times = []
    began = time.process_time()
    for _ in range(requests):
        started = time.perf_counter()
        ask()
        times.append((time.perf_counter() - started) * 1000)
    cpu = (time.process_time() - began) * 1000 / requests
    return times, cpu, len(executed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100, help="per page and user")
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    hospital_demo.seed(stdout=open(os.devnull, "w"), style=no_style())  # noqa: SIM115
    top_up(args.complaints)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    sample = Complaint.objects.order_by("-received_at").values_list("reference", "contact")[500]
    pages = {
        "first page": "",
        "page 20": "?p=19",
        "status=received": "?status__exact=received",
        "overdue": "?due=overdue",
        "escalated": "?escalated=yes",
        "category=fees": "?category__exact=fees",
        "search reference": f"?q={sample[0]}",
        "search phone": f"?q={sample[1]}",
    }
    print(f"database: {connection.vendor}; {args.requests} requests per page and user")
    print(f"{'user':<11}{'page':<18}{'':<11}{'p50 ms':>8}{'p95 ms':>8}{'CPU ms':>8}{'queries':>9}")
    for username in ("manager", "supervisor"):
        client = Client()
        from django.contrib.auth import get_user_model

        client.force_login(get_user_model().objects.get(username=username))
        for label, query in pages.items():
            for rendered in (False, True):
                times, cpu, queries = measure(
                    client, CHANGELIST + query, args.requests, rendered=rendered
                )
                p95 = statistics.quantiles(times, n=20)[18] if len(times) > 1 else times[0]
                print(
                    f"{username:<11}{label:<18}{'rendered' if rendered else 'remembered':<11}"
                    f"{statistics.median(times):>8.1f}{p95:>8.1f}{cpu:>8.1f}{queries:>9}"
                )


if __name__ == "__main__":
    # The in-process client logs in without the admin's two-step check (compare.py passes it).
    with override_settings(ADMIN_OTP_REQUIRED=False):
        main()
