"""Benchmark live updates: 200 tablets polling the bell and the board, 4 hall displays polling.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fd_alerts_bench \
        .venv/bin/python benchmarks/live_updates.py --seconds 300

Creates (or reuses) the database in DATABASE_URL, migrates it, and sets up two desks with their
guides, 30 open visits each, and 4 registered hall displays. Serves the app with gunicorn (as in
production: 4 sync workers, DEBUG off, loopback only), then for `--seconds`:

- each of `--tablets` tablets (a logged-in guide's session) polls the bell every
  ALERTS_BELL_POLL_SECONDS (4 s) with If-None-Match, and refreshes the waiting board every
  BOARD_REFRESH_SECONDS (15 s) the way htmx does, with If-None-Match too;
- each of `--displays` displays polls its state every HALL_DISPLAY_POLL_SECONDS (1 s) with
  If-None-Match (the intervals are the app's settings, so the hall is polled as the pages do);
- meanwhile the hall changes: an alert for one desk's team every 15 s (their bells answer 200 with
  the new count), and a change on a board every 10 s (its boards and displays answer 200).

Prints, per endpoint, requests, the share answered 304, req/s, p50/p95/max; then the CPU time
of each gunicorn worker, of PostgreSQL and of the client over the run, the server's CPU per
request, and (in this process, by CPU time, so that a busy machine does not skew it) the CPU one
request of each kind costs, answered 304 and 200. Figures, not assertions.
A loopback benchmark: never against production.
"""

import argparse
import http.client
import os
import random
import secrets
import statistics
import sys
import threading
import time
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from servers import HOST, ROOT, server_env, start_server

ALERT_EVERY = 15.0
BOARD_CHANGE_EVERY = 10.0
DESKS = ("bench-east", "bench-west")
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Client:
    """One tablet or display: a keep-alive connection, its cookies and its ETags."""

    port: int
    cookie: str = ""
    etags: dict[str, str] = field(default_factory=dict)
    conn: http.client.HTTPConnection | None = None

    def get(self, path: str, *, htmx: bool = False) -> int:
        if self.conn is None:
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        headers = {"Host": HOST}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if htmx:
            headers["HX-Request"] = "true"
        if path in self.etags:
            headers["If-None-Match"] = self.etags[path]
        try:
            self.conn.request("GET", path, headers=headers)
            response = self.conn.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = None
            return 0
        etag = response.getheader("ETag")
        if etag:
            self.etags[path] = etag
        return response.status


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, dict[int, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str, status: int, ms: float) -> None:
        with self.lock:
            self.latencies[name].append(ms)
            self.statuses[name][status] += 1


def prepare(tablets: int, displays: int) -> tuple[list[str], list[str], dict[str, int]]:
    """Migrate and fill the benchmark database; return the tablets' session cookies, the
    displays' state paths and the desks' ids."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.test import Client as DjangoClient
    from django.utils import timezone

    call_command("migrate", verbosity=0)
    from hall.models import Display
    from hall.services import display_token
    from hospital.models import Desk, StaffProfile
    from hospital.roles import Role
    from reception.models import Visit, Visitor

    desks = {
        code: Desk.objects.get_or_create(code=code, defaults={"name": code})[0] for code in DESKS
    }
    guides = []
    group = Group.objects.get(name=Role.GUIDE)
    for n in range(20):
        user, _ = get_user_model().objects.get_or_create(username=f"bench-guide-{n}")
        user.groups.add(group)
        desk = desks[DESKS[n % 2]]
        StaffProfile.objects.update_or_create(user=user, defaults={"home_desk": desk})
        guides.append(user)
    for desk in desks.values():
        have = Visit.objects.open().filter(desk=desk).count()
        for i in range(have, 30):
            Visit.objects.create(
                visitor=Visitor.objects.create(name=f"访客{i}"),
                desk=desk,
                logged_by=guides[0],
                arrived_at=timezone.now(),
                purpose=Visit.Purpose.SEE_DOCTOR,
                chief_complaint="胃疼两天",
            )
    cookies = []
    for n in range(tablets):
        client = DjangoClient()
        client.force_login(guides[n % len(guides)])
        cookies.append(
            f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )
    paths = []
    for n in range(displays):
        display, _ = Display.objects.get_or_create(
            name=f"bench display {n}",
            defaults={"desk": desks[DESKS[n % 2]], "key": Display.new_key()},
        )
        paths.append(f"/hall/display/{display_token(display)}/state/")
    return cookies, paths, {code: desk.pk for code, desk in desks.items()}


def change_the_hall(
    stop: threading.Event, desk_ids: dict[str, int], counts: dict[str, int]
) -> None:
    """Raise an alert for a desk team every ALERT_EVERY s and change a board every 10 s."""
    from alerts.audience import desk_team
    from alerts.models import Kind
    from alerts.services import notify
    from reception.models import BoardStamp, Visit

    started = time.monotonic()
    next_alert, next_board = started, started + BOARD_CHANGE_EVERY / 2
    codes = list(desk_ids)
    while not stop.wait(0.2):
        now = time.monotonic()
        if now >= next_alert:
            desk_id = desk_ids[codes[counts["alerts"] % 2]]
            visit = Visit.objects.open().filter(desk_id=desk_id).first()
            if visit is not None:
                notify(
                    kind=Kind.VISIT_UNTRIAGED,
                    record=visit,
                    audience=desk_team(desk_id),
                    dedup_key=f"bench:{secrets.token_hex(8)}",
                    desk=desk_id,
                )
                counts["alerts"] += 1
            next_alert += ALERT_EVERY
        if now >= next_board:
            BoardStamp.touch(desk_ids[codes[counts["boards"] % 2]])
            counts["boards"] += 1
            next_board += BOARD_CHANGE_EVERY


def poller(
    client: Client,
    jobs: list[tuple[str, str, float, bool]],
    stop: threading.Event,
    stats: Stats,
) -> None:
    """Poll each (name, path, every, htmx) job on its own period, from a random phase."""
    due = {path: time.monotonic() + random.uniform(0, every) for _n, path, every, _h in jobs}
    while not stop.is_set():
        name, path, every, htmx = min(jobs, key=lambda job: due[job[1]])
        wait = due[path] - time.monotonic()
        if wait > 0 and stop.wait(wait):
            return
        began = time.perf_counter()
        status = client.get(path, htmx=htmx)
        stats.add(name, status, (time.perf_counter() - began) * 1000)
        due[path] += every


def cpu_seconds(pid: int) -> float:
    """Return the user + system CPU seconds a process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


def app_backends() -> list[int]:
    """Return the PostgreSQL backends serving the app's database, not this process's own."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
        return [row[0] for row in cursor.fetchall()]


def cpu_snapshot(pids: list[int]) -> dict[int, float]:
    snapshot = {}
    for pid in pids:
        try:
            snapshot[pid] = cpu_seconds(pid)
        except OSError:
            continue
    return snapshot


def report(stats: Stats, seconds: float) -> None:
    total = 0
    for name in sorted(stats.latencies):
        ordered = sorted(stats.latencies[name])
        statuses = stats.statuses[name]
        count = len(ordered)
        total += count
        p95 = ordered[max(0, int(count * 0.95) - 1)]
        failed = sum(n for status, n in statuses.items() if status not in (200, 304))
        print(
            f"{name:<16} {count:>7} requests  {count / seconds:>6.1f} req/s  "
            f"304 {100 * statuses[304] / count:>5.1f}%  p50 {statistics.median(ordered):>6.1f} ms  "
            f"p95 {p95:>6.1f} ms  max {ordered[-1]:>7.1f} ms  failed {failed}"
        )
    print(f"{'all':<16} {total:>7} requests  {total / seconds:>6.1f} req/s served")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--port", type=int, default=8200, help="8200-8299")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--tablets", type=int, default=200)
    parser.add_argument("--displays", type=int, default=4)
    parser.add_argument("--seconds", type=int, default=300, help="how long the hall polls")
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        sys.exit("Set DATABASE_URL (or --database-url) to a PostgreSQL database of its own.")
    if not (8200 <= args.port <= 8299 and 1 <= args.seconds <= 3600 and 1 <= args.tablets <= 2000):
        sys.exit("--port 8200-8299, --seconds 1-3600, --tablets 1-2000: a bounded benchmark.")

    env = server_env(args.database_url)  # one secret key: the sessions made here work there
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    bell_every = settings.ALERTS_BELL_POLL_SECONDS
    board_every = settings.BOARD_REFRESH_SECONDS
    display_every = settings.HALL_DISPLAY_POLL_SECONDS
    # WhiteNoise in this process looks for collected files it will never serve.
    warnings.filterwarnings("ignore", message="No directory at")
    cookies, display_paths, desk_ids = prepare(args.tablets, args.displays)
    print(
        f"{args.tablets} tablets (bell every {bell_every} s, board every "
        f"{board_every} s), {args.displays} displays (every {display_every} s) "
        f"for {args.seconds} s; gunicorn {args.workers} workers on {HOST}:{args.port}; "
        f"{os.cpu_count()} CPUs"
    )
    server = start_server(env, args.port, args.workers)
    try:
        stop, stats = threading.Event(), Stats()
        counts = {"alerts": 0, "boards": 0}
        threads = [
            threading.Thread(
                target=poller,
                args=(
                    Client(args.port, cookie=cookie),
                    [
                        ("bell poll", "/alerts/poll/", bell_every, True),
                        ("board refresh", "/reception/", board_every, True),
                    ],
                    stop,
                    stats,
                ),
                daemon=True,
            )
            for cookie in cookies
        ]
        threads += [
            threading.Thread(
                target=poller,
                args=(
                    Client(args.port),
                    [("display state", path, display_every, False)],
                    stop,
                    stats,
                ),
                daemon=True,
            )
            for path in display_paths
        ]
        threads.append(
            threading.Thread(target=change_the_hall, args=(stop, desk_ids, counts), daemon=True)
        )
        workers = children(server.pid)
        before, client_before = cpu_snapshot(workers + app_backends()), time.process_time()
        print(f"load average before: {Path('/proc/loadavg').read_text().split()[0]}")
        started = time.monotonic()
        for thread in threads:
            thread.start()
        stop.wait(args.seconds)
        stop.set()
        for thread in threads:
            thread.join(timeout=35)
        seconds = time.monotonic() - started
        # The pooled connections the workers opened during the run: all their CPU is the run's.
        backends = app_backends()
        after, client_cpu = cpu_snapshot(workers + backends), time.process_time() - client_before
        print(f"load average after: {Path('/proc/loadavg').read_text().split()[0]}")
        report(stats, seconds)
        print(f"changes: {counts['alerts']} alerts raised, {counts['boards']} board changes")
        for pid in workers:
            used = after.get(pid, 0) - before.get(pid, 0)
            print(
                f"gunicorn worker {pid:<7} CPU {used:6.1f} s  ({100 * used / seconds:5.1f}% of a core)"
            )
        pg = sum(after.get(p, 0) - before.get(p, 0) for p in backends if p in after)
        print(
            f"PostgreSQL ({len(backends)} backends) CPU {pg:6.1f} s  ({100 * pg / seconds:5.1f}% of a core)"
        )
        served = sum(len(v) for v in stats.latencies.values())
        used = sum(after.get(p, 0) - before.get(p, 0) for p in workers) + pg
        print(
            f"server CPU per request (gunicorn + PostgreSQL): {1000 * used / max(served, 1):.1f} ms"
        )
        print(
            f"client (this process)  CPU {client_cpu:6.1f} s  ({100 * client_cpu / seconds:5.1f}% of a core)"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    cpu_per_request(cookies[0], display_paths[0])


def cpu_per_request(cookie: str, display_path: str, rounds: int = 300) -> None:
    """Print the CPU one request of each kind costs in this process (Django's test client, the
    whole middleware stack and the database round trips), answered 304 and answered 200."""
    from django.test import Client as DjangoClient

    name, _sep, value = cookie.partition("=")
    client = DjangoClient(HTTP_HOST=HOST)
    client.cookies[name] = value
    for label, path, htmx in (
        ("bell poll", "/alerts/poll/", True),
        ("board refresh", "/reception/", True),
        ("display state", display_path, False),
    ):
        extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
        etag = client.get(path, **extra)["ETag"]
        for answered, headers in (("304", {"HTTP_IF_NONE_MATCH": etag}), ("200", {})):
            began = time.process_time()
            for _ in range(rounds):
                status = client.get(path, **extra, **headers).status_code
            spent = time.process_time() - began
            print(
                f"{label:<16} answered {status} ({answered}): {1000 * spent / rounds:5.2f} ms CPU"
            )


if __name__ == "__main__":
    main()
