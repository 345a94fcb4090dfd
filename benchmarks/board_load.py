"""Benchmark the waiting board and the walk-in POST under gunicorn at 8 concurrent tablets.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fd_h3_volume \
        .venv/bin/python benchmarks/board_load.py --requests 2000

Serves the app with gunicorn on 127.0.0.1 only (DEBUG off, a throwaway SECRET_KEY,
SECURE_SSL_REDIRECT=0) against the database in DATABASE_URL, which should hold the volume demo
(`seed_demo --days 365 --visits-per-day 5000`, about 1.8 M visits). Eight client threads, each a
logged-in guide with a keep-alive connection, then:

1. GET the waiting board of the main hall (today's open visits) `--requests` times in all;
2. POST a walk-in `--requests` times in all, each with a fresh form token (the redirect to
   routing is not followed). The walk-ins are logged at a desk of their own ("bench-walkins"),
   so the main hall's board stays as the volume demo left it.

Prints throughput and p50/p95/max per endpoint. A loopback benchmark: figures, not assertions.
Never on production.
"""

import argparse
import http.client
import os
import re
import secrets
import statistics
import sys
import threading
import time
from urllib.parse import urlencode

from servers import HOST, ROOT, server_env, start_server
from uuid6 import uuid7

PASSWORD = "guide-demo-2026"
BENCH_DESK = "bench-walkins"


def prepare(database_url: str) -> tuple[int, int]:
    """Make sure the benchmark desk and the demo guides exist; return (visits, open today)."""
    os.environ.update(server_env(database_url))
    os.environ["DEBUG"] = "1"  # this process only reads and creates a desk; no server here
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from hospital.clock import day_bounds, local_today
    from hospital.models import Desk
    from reception.models import Visit

    if not get_user_model().objects.filter(username="guide").exists():
        sys.exit("No demo guide: run `seed_demo --days 365 --visits-per-day 5000` first.")
    Desk.objects.get_or_create(code=BENCH_DESK, defaults={"name": "Benchmark desk"})
    visits = Visit.objects.count()
    open_today = (
        Visit.objects.open()
        .filter(arrived_at__gte=day_bounds(local_today())[0], desk__code="main-hall")
        .count()
    )
    return visits, open_today


class Tablet:
    """One logged-in guide on a keep-alive HTTP connection."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, bytes]:
        headers = {"Host": HOST, "Accept-Language": "zh-hans"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urlencode(body, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
            headers["Referer"] = f"http://{HOST}/"
        self.conn.request(method, path, body=data, headers=headers)
        response = self.conn.getresponse()
        payload = response.read()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _sep, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, payload

    def login(self, username: str) -> None:
        status, page = self.request("GET", "/accounts/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        status, _ = self.request(
            "POST",
            "/accounts/login/",
            {
                "username": username,
                "password": PASSWORD,
                "csrfmiddlewaretoken": token.group(1).decode() if token else "",
            },
        )
        if status != 302:
            raise SystemExit(f"login as {username} failed ({status})")


def run(tablets: list[Tablet], total: int, action) -> tuple[list[float], float, int]:
    """Run `action(tablet)` `total` times spread over the tablets; return latencies (ms)."""
    latencies: list[float] = []
    failures = 0
    lock = threading.Lock()
    per_client = [
        total // len(tablets) + (1 if i < total % len(tablets) else 0) for i in range(len(tablets))
    ]

    def work(tablet: Tablet, count: int) -> None:
        nonlocal failures
        mine, bad = [], 0
        for _ in range(count):
            started = time.perf_counter()
            ok = action(tablet)
            mine.append((time.perf_counter() - started) * 1000)
            bad += 0 if ok else 1
        with lock:
            latencies.extend(mine)
            failures += bad

    threads = [
        threading.Thread(target=work, args=(t, n)) for t, n in zip(tablets, per_client, strict=True)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started, failures


def report(name: str, latencies: list[float], seconds: float, failures: int) -> None:
    ordered = sorted(latencies)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(
        f"{name:<18} {len(ordered):>6} requests  {len(ordered) / seconds:>7.1f} req/s  "
        f"p50 {statistics.median(ordered):>6.1f} ms  p95 {p95:>6.1f} ms  "
        f"max {ordered[-1]:>6.1f} ms  failures {failures}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--port", type=int, default=8301)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000, help="per endpoint, in all")
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        sys.exit("Set DATABASE_URL (or --database-url) to the PostgreSQL volume database.")
    if not 1 <= args.requests <= 100_000:
        sys.exit("--requests must be between 1 and 100000 (a bounded benchmark).")
    visits, open_today = prepare(args.database_url)
    print(f"database: {visits:,} visits; {open_today} open today at the main hall")
    print(f"gunicorn: {args.workers} workers on {HOST}:{args.port}; {args.clients} clients")
    server = start_server(server_env(args.database_url), args.port, args.workers)
    try:
        board_tablets = [Tablet(args.port) for _ in range(args.clients)]
        for n, tablet in enumerate(board_tablets):
            tablet.login("guide" if n % 2 == 0 else "guide2")
        # Warm each worker's connection pool and template cache before timing.
        run(board_tablets, args.clients * 4, lambda t: t.request("GET", "/reception/")[0] == 200)
        report(
            "board GET",
            *run(board_tablets, args.requests, lambda t: t.request("GET", "/reception/")[0] == 200),
        )

        walkin_tablets = [Tablet(args.port) for _ in range(args.clients)]
        for n, tablet in enumerate(walkin_tablets):
            tablet.login("guide" if n % 2 == 0 else "guide2")
            tablet.request("GET", "/reception/walk-in/")
            tablet.request("POST", "/desk/", {"desk": _bench_desk_id(), "next": "/"})

        def walkin(tablet: Tablet) -> bool:
            status, _ = tablet.request(
                "POST",
                "/reception/walk-in/",
                {
                    "idempotency_key": str(uuid7()),  # as the app issues them
                    "purpose": "doctor",
                    "chief_complaint": "胃疼两天，饭后加重",
                    "phone": f"139{secrets.randbelow(10**8):08d}",
                    "sex": "F",
                    "age": "45",
                    "needs": ["elderly"],
                },
            )
            return status == 302

        report("walk-in POST", *run(walkin_tablets, args.requests, walkin))
    finally:
        server.terminate()
        server.wait(timeout=30)


def _bench_desk_id() -> int:
    from hospital.models import Desk

    return Desk.objects.get(code=BENCH_DESK).pk


if __name__ == "__main__":
    main()
