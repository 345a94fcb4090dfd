"""What every in-process benchmark shares: Django set up for measuring, and the timing helpers.

Import it first: `from common import count_queries, report, timed` (the scripts run as files from
the project root, so `benchmarks/` is on the path).
"""

import datetime as dt
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# Production settings (DEBUG off: no query log eating memory) with a throwaway key; never deployed.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret-0123456789abcdefghijklmnop")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("STATIC_MANIFEST", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

# Chief complaints of the generated walk-ins, each with the department it is routed to.
COMPLAINTS = [
    ("胃疼两天", "GI"),
    ("咳嗽发烧", "FEVER"),
    ("胸闷心慌", "CARD"),
    ("头痛头晕", "NEURO"),
    ("腰腿疼", "ORTHO"),
    ("皮肤起疹子", "DERM"),
    ("孩子发烧", "PED"),
    ("牙疼", "DENT"),
    ("眼睛红痒", "OPH"),
    ("喉咙痛", "ENT"),
    ("尿频尿急", "URO"),
    ("月经不调", "GYN"),
    ("复查血糖", "ENDO"),
    ("体检", "PREV"),
]


def count_queries(function: Callable[[], object]) -> int:
    """Return how many SQL statements one call runs (the test client resets Django's log)."""
    count = 0

    def counter(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counter):
        function()
    return count


def timed(function: Callable[[], object], requests: int) -> list[float]:
    """Return the milliseconds of `requests` calls, after one warm-up call."""
    function()
    times = []
    for _ in range(requests):
        began = time.perf_counter()
        function()
        times.append((time.perf_counter() - began) * 1000)
    return times


def report(label: str, times: list[float], queries: int) -> None:
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 2 else times[0]
    print(
        f"{label:<40} p50 {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms   "
        f"max {max(times):7.1f} ms   {queries} queries"
    )


def cpu_ms(function: Callable[[], object], requests: int) -> float:
    """Return the process CPU milliseconds per call (this process: Django and WeasyPrint, not the
    database server), after one warm-up call: what a busy server pays per request."""
    function()
    began = time.process_time()
    for _ in range(requests):
        function()
    return (time.process_time() - began) * 1000 / requests


def measure(label: str, function: Callable[[], object], requests: int) -> None:
    """Print the wall times, the queries and the CPU per call of `function`: one line each.

    The wall times on a shared box measure the box; the CPU per call is the figure to compare.
    """
    report(label, timed(function, requests), count_queries(function))
    print(f"{'':<40} CPU {cpu_ms(function, requests):7.1f} ms per call")


def bench_desk(code: str) -> Any:
    """Migrate, load the demo hospital and return the benchmark's own desk `code` (made once)."""
    from django.core.management import call_command
    from django.core.management.color import no_style

    from demo import hospital as hospital_demo
    from hospital.models import Desk

    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        hospital_demo.seed(stdout=quiet, style=no_style())
    desk, _created = Desk.objects.get_or_create(
        code=code, defaults={"name": "基准测试导医台", "is_active": True}
    )
    return desk


def page_as_supervisor(url: str) -> Callable[[], None]:
    """Return a call that asks `url` as the demo supervisor (Django's test client) and checks
    the answer is 200."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username="supervisor"))

    def page() -> None:
        response = client.get(url)
        assert response.status_code == 200, response.status_code

    return page


def bulk_visits(
    desk: Any,
    *,
    start: dt.datetime,
    count: int,
    phone_prefix: str,
    from_hour: int,
    hours: int,
    logged_by: Any,
    department_ids: list[int],
    rng: random.Random,
) -> list[Any]:
    """Insert `count` closed visits (one new visitor each) arriving between `from_hour` and
    `from_hour + hours` after `start`; bulk inserts on purpose, skipping the services and the
    history. Returns the visitors."""
    from reception.models import Visit, Visitor

    visitors = Visitor.objects.bulk_create(
        [Visitor(phone=f"{phone_prefix}{n:08d}") for n in range(count)], batch_size=2000
    )
    Visit.objects.bulk_create(
        [
            Visit(
                visitor=visitor,
                desk=desk,
                arrived_at=start
                + dt.timedelta(hours=from_hour, seconds=rng.randrange(hours * 3600)),
                logged_by=logged_by,
                purpose=Visit.Purpose.SEE_DOCTOR,
                destination_id=rng.choice(department_ids),
                status=Visit.Status.CLOSED,
            )
            for visitor in visitors
        ],
        batch_size=2000,
    )
    return visitors
