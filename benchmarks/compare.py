"""Front Desk side by side with bare Django: the same stack, the same client, interleaved rounds.

    make bench-compare                        # the real run: 20 s a case, 3 rounds
    .venv/bin/python benchmarks/compare.py --seconds 5 --rounds 1 --cases board,bare-list

Serves the app (production settings, DEBUG off, PostgreSQL in DATABASE_URL holding the volume
data of `make bench-board`) and the bare Django 5.2 project in `benchmarks/bare/` (a 50-row
page of 100,000 rows and a ModelForm insert, its own database `fd_bench_bare`, filled once) with
gunicorn, 2 sync workers each, on 127.0.0.1 only. Both are driven by wrk (Debian's package) with
8 connections of logged-in clients (a Lua script sets the session and CSRF cookies, and a fresh
form token on every POST), a warm-up, then each case for `--seconds`, the cases interleaved
round after round so a noisy neighbour hits both sides alike.

The complaint changelist is also compared with django-helpdesk 2.6.1 ("helpdesk-rows": the
datatables JSON its ticket list loads, 50 rows of 100 k tickets, logged in as staff), served the
same way from its own venv outside the repository and its own database `fd_bench_helpdesk`, both
made once by `benchmarks/helpdesk/prepare.py`.

Per case and round it prints req/s, p50/p95/p99, the app's CPU per request (user + system time
of the gunicorn workers from /proc, divided by the requests answered), the answer codes, and the
one-minute load average; then the median of the rounds and the ratio to the bare reference.

With `--balanced` it also starts two app instances behind HAProxy (Debian's package) sharing the
one PostgreSQL, checks that a walk-in through one instance changes the board's poll answered by
the other and that a routing-rule change is seen by both, and prints the throughput of one
instance against two. Loopback figures, never assertions; never on production.
"""

import argparse
import datetime as dt
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.client import HTTPConnection
from pathlib import Path

from helpdesk.prepare import HERE as HELPDESK
from helpdesk.prepare import PASSWORD as HELPDESK_PASSWORD
from helpdesk.prepare import USERNAME as HELPDESK_USERNAME
from helpdesk.prepare import helpdesk_env
from helpdesk.prepare import prepare as prepare_helpdesk
from servers import HOST, ROOT, server_env, start_server

BARE = ROOT / "benchmarks" / "bare"
# The virtualenv this script runs in serves both projects (the same Django, psycopg, gunicorn).
BIN = Path(sys.executable).parent
GUIDE_PASSWORD = "guide-demo-2026"
SUPERVISOR_PASSWORD = "supervisor-demo-2026"
BARE_PASSWORD = "bench-2026"
BENCH_DESK = "bench-walkins"
CLK_TCK = os.sysconf("SC_CLK_TCK")
# The rule the load-balanced run switches on and off in another process to see both instances
# follow; a phrase no real complaint uses, to a department nothing else suggests for it.
PROBE_RULE = "基准测试探针"
PROBE_PHRASE = "蓝莓过敏"
PROBE_DEPARTMENT = "DENT"
# helpdesk's rows asked as many a page as the complaint changelist shows (its page asks 25).
HELPDESK_ROWS = 50


# --- servers -------------------------------------------------------------------------------


def app_env(database_url: str) -> dict[str, str]:
    """Return the production environment of the app under test (loopback only, one secret key
    per call: the two balanced instances share one environment)."""
    return server_env(database_url)


def bare_env(database: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(DJANGO_SETTINGS_MODULE="bare.settings", BARE_DATABASE_NAME=database)
    return env


@dataclass
class Server:
    """A gunicorn master serving one project; its workers' CPU time is read from /proc."""

    name: str
    port: int
    process: subprocess.Popen

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def cpu_seconds(self) -> float:
        """Return the user + system CPU seconds its workers have used so far."""
        ticks = 0
        for pid in self.workers():
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        return ticks / CLK_TCK

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_gunicorn(
    name: str,
    module: str,
    *,
    cwd: Path,
    env: dict[str, str],
    port: int,
    workers: int,
    bin_dir: Path = BIN,
) -> Server:
    process = start_server(
        env, port, workers, name=name, module=module, cwd=cwd, gunicorn=bin_dir / "gunicorn"
    )
    return Server(name, port, process)


# --- logged-in sessions ----------------------------------------------------------------------


class Session:
    """One logged-in browser: its cookies, used by wrk for every connection of a case."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(
        self, method: str, path: str, body: dict | None = None, headers: dict | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        conn = HTTPConnection(HOST, self.port, timeout=60)
        sent = {"Host": HOST, "Accept-Language": "zh-hans", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = self.cookie_header()
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body, doseq=True)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["X-CSRFToken"] = self.cookies.get("csrftoken", "")
        conn.request(method, path, body=data, headers=sent)
        response = conn.getresponse()
        payload = response.read()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _sep, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, dict(response.getheaders()), payload

    def cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def login(self, path: str, username: str, password: str) -> None:
        _status, _headers, page = self.request("GET", path)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        status, _headers, _page = self.request(
            "POST",
            path,
            {
                "username": username,
                "password": password,
                "csrfmiddlewaretoken": token.group(1).decode() if token else "",
            },
        )
        if status != 302:
            raise SystemExit(f"login as {username} on {self.port} failed ({status})")


def verify_admin(session: Session, otp_key_hex: str) -> None:
    """Pass the admin's two-step check with the TOTP code of the benchmark's device."""
    from django_otp.oath import totp

    code = f"{totp(bytes.fromhex(otp_key_hex)):06d}"
    _status, _headers, page = session.request("GET", "/accounts/two-step/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    status, _headers, _page = session.request(
        "POST",
        "/accounts/two-step/",
        {"token": code, "csrfmiddlewaretoken": token.group(1).decode() if token else ""},
    )
    if status != 302:
        raise SystemExit(f"the admin's two-step check failed ({status})")


# --- the data both sides need ------------------------------------------------------------------


def prepare_bare(database: str, rows: int) -> None:
    """Create, migrate and fill the bare project's database once."""
    subprocess.run(
        ["createdb", "-h", HOST, "-U", "postgres", database], capture_output=True, check=False
    )
    python = sys.executable
    env = bare_env(database)
    subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=BARE, env=env, check=True)
    subprocess.run(
        [python, "manage.py", "fill_items", "--rows", str(rows)], cwd=BARE, env=env, check=True
    )


def prepare_app(database_url: str) -> dict[str, object]:
    """Make the benchmark desk and the supervisor's TOTP device; return what the cases need."""
    os.environ.update(app_env(database_url))
    os.environ["DEBUG"] = "1"  # this process only reads and sets up; it serves nothing
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.db.models import Count
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from complaints.models import Complaint
    from handover.models import EquipmentLoan
    from hospital.clock import day_bounds, local_today
    from hospital.models import Desk, StaffProfile
    from reception.models import Visit

    users = get_user_model().objects
    if not users.filter(username="guide").exists():
        sys.exit("No demo data: run `make bench-board` (or seed_demo and volume.py) first.")
    desk, _created = Desk.objects.get_or_create(code=BENCH_DESK, defaults={"name": "基准测试台"})
    # The walk-in clients work there, so the main hall's board changes only when a case says so.
    StaffProfile.objects.get(user__username="guide2").desks.add(desk)
    # Each run logs thousands of walk-ins there and leaves them open; a hospital's desk never holds
    # so many. Left open, a hundred thousand of them (a morning of runs) took the main hall's board
    # from 1.47x to 0.45x of the bare list (its read of the open visits slows past them). The run
    # starts with the benchmark desk's own visits closed, as left.
    left = Visit.objects.filter(desk=desk, status__in=Visit.OPEN_STATUSES).update(
        status=Visit.Status.LEFT
    )
    if left:
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {Visit._meta.db_table}")
    # seed_demo loads the complaints in bulk and volume.py analyses only the visits' tables: with
    # autovacuum off (as on the build box) PostgreSQL would plan the complaint lists for a table
    # it believes empty (a bitmap scan of all 100 k rows for the tablet's most recent 25).
    with connection.cursor() as cursor:
        for table in (Complaint._meta.db_table, Complaint.departments.through._meta.db_table):
            cursor.execute(f"ANALYZE {table}")
    supervisor = users.get(username="supervisor")
    device = TOTPDevice.objects.filter(user=supervisor, name="benchmark").first()
    if device is None:
        device = TOTPDevice.objects.create(user=supervisor, name="benchmark", confirmed=True)
    main_hall = Desk.objects.get(code="main-hall")
    overdue_loans_at(main_hall, OVERDUE_LOANS, by=supervisor)
    today = local_today()
    busiest = (
        Visit.objects.filter(
            desk=main_hall,
            arrived_at__gte=day_bounds(today - dt.timedelta(days=7))[0],
            arrived_at__lt=day_bounds(today)[0],
        )
        .values("arrived_at__date")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()
    )
    return {
        "visits": Visit.objects.count(),
        "complaints": Complaint.objects.count(),
        "open_main_hall": Visit.objects.open().filter(desk=main_hall).count(),
        "overdue_main_hall": EquipmentLoan.objects.overdue()
        .filter(equipment__desk=main_hall)
        .count(),
        "bench_desk": desk.pk,
        "main_hall": main_hall.pk,
        "otp_key": device.key,
        "busy_day": (busiest["arrived_at__date"] if busiest else today).isoformat(),
        "busy_day_visits": busiest["n"] if busiest else 0,
    }


# The board is measured in its heavier state: a line of loans overdue under its header.
OVERDUE_LOANS = 3


def overdue_loans_at(desk: object, count: int, *, by: object) -> None:
    """Make sure `count` wheelchairs of the desk are out past their due time (lent to a named
    colleague, as a busy desk's would be), lending the benchmark's own chairs if needed."""
    from django.utils import timezone

    from handover.models import Equipment, EquipmentLoan
    from handover.services import equipment_lend

    now = timezone.now()
    missing = count - EquipmentLoan.objects.overdue(now).filter(equipment__desk=desk).count()
    for number in range(1, missing + 1):
        chair, _created = Equipment.objects.get_or_create(
            desk=desk, label=f"BENCH-{number:02d}", defaults={"kind": Equipment.Kind.WHEELCHAIR}
        )
        loan = EquipmentLoan.objects.open().filter(equipment=chair).first()
        if loan is None:
            loan = equipment_lend(equipment=chair, by=by, borrower_name=f"基准 护工{number}")
        EquipmentLoan.objects.filter(pk=loan.pk).update(
            lent_at=now - dt.timedelta(hours=3), due_back_at=now - dt.timedelta(hours=2)
        )


# --- wrk ---------------------------------------------------------------------------------------

LUA = r"""
local cookie = %(cookie)s
local csrf = %(csrf)s
local path = %(path)s
local kind = %(kind)s
local extra = %(extra)s
local etag = nil
counts = {}  -- a global: done() reads each thread's with thread:get
tags = {}  -- the entity tags a changed poll was answered with (each one a fresh render)
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1000000) + #threads)
end

local function hex(n)
  local out = {}
  for i = 1, n do out[i] = string.format("%%x", math.random(0, 15)) end
  return table.concat(out)
end

-- A form token as the app issues it (hospital.records.new_form_token): a version 7 UUID, the
-- time in milliseconds first (here the second and a count), then random bits.
local issued = 0
local function form_token()
  issued = issued + 1
  local ms = os.time() * 1000 + issued %% 1000
  return string.format("%%08x-%%04x-7", math.floor(ms / 65536), ms %% 65536) .. hex(3)
    .. "-a" .. hex(3) .. "-" .. hex(12)
end

local function phone()
  return "139" .. string.format("%%08d", math.random(0, 99999999))
end

function request()
  local headers = {["Cookie"] = cookie, ["Accept-Language"] = "zh-hans"}
  local method, body, target = "GET", nil, path
  if kind == "poll" or kind == "poll304" or kind == "pollchange" then
    headers["HX-Request"] = "true"
    if kind == "poll304" and etag then headers["If-None-Match"] = etag end
  elseif kind == "page" then
    target = path .. "?page=" .. math.random(1, tonumber(extra))
  elseif kind == "walkin" then
    method = "POST"
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["X-CSRFToken"] = csrf
    body = "idempotency_key=" .. form_token() .. "&purpose=doctor&chief_complaint=" .. extra
      .. "&phone=" .. phone() .. "&sex=F&age=45&needs=elderly"
  elseif kind == "insert" then
    method = "POST"
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["X-CSRFToken"] = csrf
    body = "name=" .. extra .. "&phone=" .. phone() .. "&reason=" .. extra .. "&status=waiting"
  end
  return wrk.format(method, target, headers, body)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  -- HAProxy sends header names in lower case.
  if kind == "poll304" and status == 200 then etag = headers["ETag"] or headers["etag"] end
  if kind == "pollchange" and status == 200 then tags[headers["ETag"] or headers["etag"] or ""] = true end
end

function done(summary, latency, requests)
  local all = {}
  local seen, distinct = {}, 0
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for status, n in pairs(c) do all[status] = (all[status] or 0) + n end
    for tag, _ in pairs(thread:get("tags")) do
      if not seen[tag] then seen[tag] = true; distinct = distinct + 1 end
    end
  end
  io.write(string.format("TAGS %%d\n", distinct))
  local codes = {}
  for status, n in pairs(all) do table.insert(codes, status .. ":" .. n) end
  io.write(string.format(
    "RESULT %%d %%d %%d %%d %%d %%d %%s\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(codes, ",")))
end
"""


def lua_string(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid Lua string literal for this text


@dataclass
class Case:
    name: str
    side: str  # "app", "bare" or "lb"
    kind: str  # get, page, poll, poll304, pollchange, walkin, insert
    path: str
    session: Session
    extra: str = ""
    ok: tuple[int, ...] = (200,)
    # A reference slower than a round's seconds (helpdesk's rows take seconds under load) runs
    # at least this long, or no answer at all comes back within the round.
    min_seconds: int = 0
    reference: str = ""  # the bare case its ratio is taken against
    goal: float | None = None
    p95_goal: float | None = None  # at most this fraction of the reference's p95
    # A changed poll: this desk's board stamp is moved on every `CHANGE_EVERY` seconds while the
    # case runs, so the polls find something new (the stamp is all a poll's tag reads).
    changing_desk: int = 0


@dataclass
class Result:
    requests: int
    seconds: float
    p50: float
    p95: float
    p99: float
    cpu_ms: float
    codes: str
    failures: int
    load: float
    tags: int = 0  # a changed poll: the distinct entity tags it was answered with

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


@dataclass
class Tally:
    results: dict[str, list[Result]] = field(default_factory=dict)

    def add(self, name: str, result: Result) -> None:
        self.results.setdefault(name, []).append(result)

    def median(self, name: str, attribute: str) -> float:
        return statistics.median(getattr(r, attribute) for r in self.results[name])


# How often a changed poll's desk changes: more often than any one worker answers two polls, so
# (almost) every poll finds a stamp it has not rendered yet; the TAGS count shows how many did.
CHANGE_EVERY = 0.005


@contextmanager
def changing(desk_id: int) -> Iterator[None]:
    """Move the desk's board stamp on every CHANGE_EVERY seconds (the write every change on the
    desk makes, `BoardStamp.touch`) in a side thread, until the block ends."""
    if not desk_id:
        yield
        return
    from django.db import connection

    from reception.models import BoardStamp

    stop = threading.Event()

    def touch() -> None:
        try:
            while not stop.wait(CHANGE_EVERY):
                BoardStamp.touch(desk_id)
        finally:
            connection.close()

    thread = threading.Thread(target=touch, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def run_wrk(
    case: Case, *, port: int, seconds: int, clients: int, threads: int, workdir: Path
) -> Result:
    script = workdir / f"{case.name}.lua"
    script.write_text(
        LUA
        % {
            "cookie": lua_string(case.session.cookie_header()),
            "csrf": lua_string(case.session.cookies.get("csrftoken", "")),
            "path": lua_string(case.path),
            "kind": lua_string(case.kind),
            "extra": lua_string(case.extra),
        }
    )
    with changing(case.changing_desk):
        return _wrk(script, port=port, seconds=seconds, clients=clients, threads=threads, case=case)


def _wrk(
    script: Path, *, port: int, seconds: int, clients: int, threads: int, case: Case
) -> Result:
    servers = SERVERS_BY_PORT[port]
    cpu_before = sum(server.cpu_seconds() for server in servers)
    completed = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{clients}",
            f"-d{seconds}s",
            "--timeout",
            "60s",  # helpdesk's rows take seconds each; a timeout would hide them
            "-s",
            str(script),
            f"http://{HOST}:{port}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    cpu = sum(server.cpu_seconds() for server in servers) - cpu_before
    line = next((x for x in completed.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(f"wrk failed for {case.name}:\n{completed.stdout}\n{completed.stderr}")
    parts = line.split()
    requests, duration_us, p50, p95, p99, socket_errors = (int(x) for x in parts[1:7])
    codes = parts[7] if len(parts) > 7 else ""
    answered = dict(
        (int(status), int(n))
        for status, n in (item.split(":") for item in codes.split(",") if item)
    )
    failures = socket_errors + sum(n for status, n in answered.items() if status not in case.ok)
    tags = next((x for x in completed.stdout.splitlines() if x.startswith("TAGS ")), "TAGS 0")
    return Result(
        requests=requests,
        seconds=duration_us / 1e6,
        p50=p50 / 1000,
        p95=p95 / 1000,
        p99=p99 / 1000,
        cpu_ms=cpu * 1000 / requests if requests else 0.0,
        codes=codes,
        failures=failures,
        load=os.getloadavg()[0],
        tags=int(tags.split()[1]),
    )


SERVERS_BY_PORT: dict[int, list[Server]] = {}


def print_result(round_no: int, case: Case, result: Result) -> None:
    print(
        f"  round {round_no}  {case.name:<22} {result.rate:7.1f} req/s  "
        f"p50 {result.p50:7.1f}  p95 {result.p95:7.1f}  p99 {result.p99:7.1f} ms  "
        f"CPU {result.cpu_ms:6.2f} ms/req  codes {result.codes:<14} "
        f"bad {result.failures}  load {result.load:.2f}"
        + (f"  new tags {result.tags} of {result.requests}" if case.changing_desk else ""),
        flush=True,
    )


def summary(cases: list[Case], tally: Tally) -> None:
    print("\nMedian of the rounds (ratio = Front Desk req/s ÷ the reference's):")
    print(
        f"{'case':<22} {'req/s':>8} {'p50':>7} {'p95':>7} {'p99':>7} {'CPU/req':>8} "
        f"{'ratio':>7} {'goal':>6}  reference"
    )
    for case in cases:
        if case.name not in tally.results:
            continue
        rate = tally.median(case.name, "rate")
        ratio = ""
        reference_rate = (
            tally.median(case.reference, "rate") if case.reference in tally.results else 0
        )
        if reference_rate:
            ratio = f"{rate / reference_rate:.2f}×"
        elif case.reference in tally.results:
            ratio = "n/a"  # the reference answered nothing in its rounds
        goal = f"≥{case.goal:.1f}×" if case.goal is not None else ""
        p95 = tally.median(case.name, "p95")
        print(
            f"{case.name:<22} {rate:8.1f} {tally.median(case.name, 'p50'):7.1f} "
            f"{p95:7.1f} {tally.median(case.name, 'p99'):7.1f} "
            f"{tally.median(case.name, 'cpu_ms'):7.2f}m {ratio:>7} {goal:>6}  {case.reference}"
        )
        if case.p95_goal is not None and reference_rate and p95:
            share = tally.median(case.reference, "p95") / p95
            print(
                f"{'':<22} p95 1/{share:.1f} of {case.reference}'s (goal ≤ 1/{1 / case.p95_goal:g})"
            )
    loads = [r.load for results in tally.results.values() for r in results]
    if not loads:
        return
    print(f"load average (1 min) during the cases: {min(loads):.2f} – {max(loads):.2f}")


# --- the cases ---------------------------------------------------------------------------------


def app_sessions(
    port: int, facts: dict[str, object], *, supervisor: bool = True
) -> dict[str, Session]:
    """Log in the app's clients: a guide at the main hall, a guide at the benchmark desk, the
    supervisor (with the admin's two-step check, whose code serves once: only when asked)."""
    board = Session(port)
    board.login("/accounts/login/", "guide", GUIDE_PASSWORD)
    walkin = Session(port)
    walkin.login("/accounts/login/", "guide2", GUIDE_PASSWORD)
    walkin.request("GET", "/reception/walk-in/")
    status, _headers, _body = walkin.request(
        "POST", "/desk/", {"desk": str(facts["bench_desk"]), "next": "/"}
    )
    if status != 302:
        raise SystemExit(f"guide2 could not work at the benchmark desk ({status})")
    sessions = {"board": board, "walkin": walkin}
    if supervisor:
        sessions["supervisor"] = Session(port)
        sessions["supervisor"].login("/accounts/login/", "supervisor", SUPERVISOR_PASSWORD)
        verify_admin(sessions["supervisor"], str(facts["otp_key"]))
    return sessions


def app_cases(sessions: dict[str, Session], facts: dict[str, object], side: str) -> list[Case]:
    complaint = urllib.parse.quote("胃疼两天，饭后加重")
    return [
        Case(
            "board", side, "get", "/reception/", sessions["board"], reference="bare-list", goal=1.0
        ),
        # A poll without a tag while nothing changes: the live part remembered for the minute.
        Case("board-poll-no-tag", side, "poll", "/reception/", sessions["board"]),
        # A poll after a change: the desk's stamp moves on all the time, the live part is made.
        Case(
            "board-poll-after-change",
            side,
            "pollchange",
            "/reception/",
            sessions["board"],
            reference="bare-list",
            goal=1.0,
            changing_desk=int(str(facts["main_hall"])),
        ),
        Case("board-poll-304", side, "poll304", "/reception/", sessions["board"], ok=(200, 304)),
        Case(
            "walkin-post",
            side,
            "walkin",
            "/reception/walk-in/",
            sessions["walkin"],
            extra=complaint,
            ok=(302,),
            reference="bare-insert",
            goal=0.6,
        ),
        Case(
            "complaint-admin",
            side,
            "get",
            "/admin/complaints/complaint/",
            sessions["supervisor"],
            reference="helpdesk-rows",
            goal=50.0,
            p95_goal=1 / 20,
        ),
        Case(
            "complaint-tablet",
            side,
            "get",
            "/complaints/",
            sessions["board"],
            reference="bare-list",
            goal=0.8,
        ),
        Case(
            "daily-sheet",
            side,
            "get",
            f"/handover/daily/?date={facts['busy_day']}",
            sessions["supervisor"],
            reference="bare-list",
            goal=0.5,
        ),
    ]


def bare_cases(port: int, pages: int) -> list[Case]:
    session = Session(port)
    session.login("/accounts/login/", "bench", BARE_PASSWORD)
    session.request("GET", "/items/new/")
    return [
        Case("bare-list", "bare", "page", "/items/", session, extra=str(pages)),
        Case(
            "bare-insert",
            "bare",
            "insert",
            "/items/new/",
            session,
            extra=urllib.parse.quote("访客"),
            ok=(302,),
        ),
    ]


def helpdesk_cases(port: int, rows: int) -> list[Case]:
    """Log in to helpdesk as staff and ask its ticket list's rows the way its page does: the
    datatables JSON at the query the list page names (open and reopened tickets by creation),
    `rows` a page, as many as the complaint changelist shows."""
    session = Session(port)
    session.login("/login/", HELPDESK_USERNAME, HELPDESK_PASSWORD)
    _status, _headers, page = session.request("GET", "/tickets/")
    found = re.search(rb'"(/[^"]*datatables_ticket_list/[A-Za-z0-9+/=]+)"', page)
    if found is None:
        raise SystemExit("helpdesk's ticket list names no datatables_ticket_list URL")
    path = f"{found.group(1).decode()}?draw=1&start=0&length={rows}"
    return [Case("helpdesk-rows", "helpdesk", "get", path, session, min_seconds=60)]


def check_first_answers(cases: list[Case], port_of: Callable[[Case], int]) -> None:
    """Ask each GET case once and stop at a wrong answer (a login page is not a figure)."""
    for case in cases:
        if case.kind not in ("get", "poll", "pollchange"):
            continue
        headers = {"HX-Request": "true"} if case.kind != "get" else {}
        status, _headers, body = case.session.request("GET", case.path, headers=headers)
        if status != 200:
            raise SystemExit(f"{case.name}: {case.path} answered {status}, not 200")
        print(f"  {case.name:<22} {len(body) / 1024:7.1f} KB of HTML", flush=True)


# --- the load-balanced pair --------------------------------------------------------------------

HAPROXY_CFG = """
global
  maxconn 256
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
  option http-keep-alive
frontend front
  bind %(host)s:%(port)d
  default_backend apps
backend apps
  balance roundrobin
  server a %(host)s:%(a)d
  server b %(host)s:%(b)d
"""


def check_consistency(a: Session, b: Session, walkin_a: Session, walkin_b: Session) -> None:
    """Show that both instances see one board stamp and one set of routing rules."""
    _status, headers, _body = b.request("GET", "/reception/", headers={"HX-Request": "true"})
    etag = headers.get("ETag", "")
    status, _h, _b = b.request(
        "GET", "/reception/", headers={"HX-Request": "true", "If-None-Match": etag}
    )
    print(f"  B's poll with its own tag, nothing changed: {status} (304 expected)")
    status, _h, _b = a.request(
        "POST",
        "/reception/walk-in/",
        {
            "idempotency_key": str(uuid.uuid4()),
            "purpose": "question",
            "phone": f"139{secrets.randbelow(10**8):08d}",
        },
    )
    status, _h, _b = b.request(
        "GET", "/reception/", headers={"HX-Request": "true", "If-None-Match": etag}
    )
    print(f"  a walk-in saved through A, then B's poll with the old tag: {status} (200 expected)")

    from django.conf import settings

    from hospital.models import Department
    from triage.models import RoutingRule
    from triage.rule_services import routing_rule_save

    wait = float(getattr(settings, "ROUTING_REVISION_CHECK_SECONDS", 2.0)) + 0.5
    rule = RoutingRule.objects.filter(name=PROBE_RULE).first() or RoutingRule(
        name=PROBE_RULE, kind=RoutingRule.Kind.DEPARTMENT, weight=100
    )
    rule.phrases = PROBE_PHRASE
    rule.department = Department.objects.get(code=PROBE_DEPARTMENT)
    for active in (True, False):
        rule.is_active = active
        routing_rule_save(rule=rule)
        time.sleep(wait)
        seen = []
        # The walk-in clients work at the benchmark desk, where these probe visits are logged.
        for name, session in (("A", walkin_a), ("B", walkin_b)):
            status, headers, _body = walkin_b.request(
                "POST",
                "/reception/walk-in/",
                {
                    "idempotency_key": str(uuid.uuid4()),
                    "purpose": "doctor",
                    "chief_complaint": PROBE_PHRASE,
                    "phone": f"139{secrets.randbelow(10**8):08d}",
                },
            )
            route = urllib.parse.urlsplit(headers.get("Location", "")).path
            _status, _h, page = session.request("GET", route)
            seen.append(f"{name} {'shows' if PROBE_RULE.encode() in page else 'does not show'}")
        state = "made live" if active else "switched off"
        print(f"  routing rule {state} by another process, {wait:.1f} s later: {', '.join(seen)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_VOLUME_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/fd_bench_volume"
        ),
    )
    parser.add_argument("--bare-database", default="fd_bench_bare")
    parser.add_argument("--bare-rows", type=int, default=100_000)
    parser.add_argument("--bare-pages", type=int, default=20, help="random page among the first N")
    parser.add_argument("--helpdesk-database", default="fd_bench_helpdesk")
    parser.add_argument("--helpdesk-tickets", type=int, default=100_000)
    parser.add_argument("--port", type=int, default=8110, help="first of the ports used")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--seconds", type=int, default=20, help="per case and round")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per case")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cases", default="", help="comma-separated case names (default all)")
    parser.add_argument(
        "--balanced", action="store_true", help="also two app instances behind HAProxy"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install -y wrk")
    if args.balanced and shutil.which("haproxy") is None:
        sys.exit("haproxy is missing: apt-get install -y haproxy")
    if not args.database_url.startswith("postgres"):
        sys.exit("--database-url must be the PostgreSQL volume database (make bench-board).")

    wanted = set(args.cases.split(",")) if args.cases else set()
    with_helpdesk = not wanted or "helpdesk-rows" in wanted
    prepare_bare(args.bare_database, args.bare_rows)
    helpdesk_bin = (
        prepare_helpdesk(args.helpdesk_database, args.helpdesk_tickets) if with_helpdesk else None
    )
    facts = prepare_app(args.database_url)
    cpu = os.cpu_count()
    print(
        f"machine: {cpu} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n"
        f"app database: {facts['visits']:,} visits, {facts['complaints']:,} complaints, "
        f"{facts['open_main_hall']} open at the main hall ({facts['overdue_main_hall']} loans "
        f"overdue); busy day {facts['busy_day']} "
        f"({facts['busy_day_visits']:,} visits)\n"
        f"bare database: {args.bare_rows:,} rows, a random page among the first "
        f"{args.bare_pages}\n"
        f"helpdesk database: {args.helpdesk_tickets:,} tickets, {HELPDESK_ROWS} rows a page"
        f"{'' if with_helpdesk else ' (not run)'}\n"
        f"gunicorn: {args.workers} sync workers each; wrk: {args.clients} connections, "
        f"{args.threads} threads, {args.seconds} s a case after {args.warmup} s of warm-up, "
        f"{args.rounds} rounds",
        flush=True,
    )
    # The balanced run takes the three ports after these two.
    app_port, bare_port, helpdesk_port = args.port, args.port + 1, args.port + 5
    servers: list[Server] = []
    workdir = Path(tempfile.mkdtemp(prefix="fd-bench-"))

    def serve(
        name: str, module: str, *, cwd: Path, env: dict[str, str], port: int, bin_dir: Path = BIN
    ) -> None:
        """Start one server, to be stopped at the end, whose CPU its port's cases count."""
        server = start_gunicorn(
            name, module, cwd=cwd, env=env, port=port, workers=args.workers, bin_dir=bin_dir
        )
        servers.append(server)
        SERVERS_BY_PORT[port] = [server]

    try:
        serve("app", "config.wsgi", cwd=ROOT, env=app_env(args.database_url), port=app_port)
        serve("bare", "bare.wsgi", cwd=BARE, env=bare_env(args.bare_database), port=bare_port)
        sessions = app_sessions(app_port, facts)
        cases = bare_cases(bare_port, args.bare_pages) + app_cases(sessions, facts, "app")
        if helpdesk_bin is not None:
            serve(
                "helpdesk",
                "hdsite.wsgi",
                cwd=HELPDESK,
                env=helpdesk_env(args.helpdesk_database),
                port=helpdesk_port,
                bin_dir=helpdesk_bin,
            )
            cases = helpdesk_cases(helpdesk_port, rows=HELPDESK_ROWS) + cases
        if wanted:
            cases = [c for c in cases if c.name in wanted]
        port_of = {"app": app_port, "bare": bare_port, "helpdesk": helpdesk_port}
        print("page sizes:")
        check_first_answers(cases, lambda c: port_of[c.side])
        tally = Tally()
        wrk = partial(run_wrk, clients=args.clients, threads=args.threads, workdir=workdir)
        for case in cases:  # warm-up: templates, pools, the OS cache
            wrk(case, port=port_of[case.side], seconds=args.warmup)
        for round_no in range(1, args.rounds + 1):
            # Interleaved, in a rotated order each round, so no case always follows another.
            shift = (round_no - 1) % len(cases)
            for case in cases[shift:] + cases[:shift]:
                result = wrk(
                    case, port=port_of[case.side], seconds=max(args.seconds, case.min_seconds)
                )
                tally.add(case.name, result)
                print_result(round_no, case, result)
        summary(cases, tally)
        if args.balanced:
            balanced(args, facts, tally, servers, workdir)
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def balanced(
    args: argparse.Namespace,
    facts: dict[str, object],
    tally: Tally,
    servers: list[Server],
    workdir: Path,
) -> None:
    """Two app instances behind HAProxy on one PostgreSQL: consistency, then throughput."""
    port_a, port_b, port_lb = args.port + 2, args.port + 3, args.port + 4
    env = app_env(args.database_url)
    a = start_gunicorn("app-a", "config.wsgi", cwd=ROOT, env=env, port=port_a, workers=args.workers)
    servers.append(a)
    b = start_gunicorn("app-b", "config.wsgi", cwd=ROOT, env=env, port=port_b, workers=args.workers)
    servers.append(b)
    config = workdir / "haproxy.cfg"
    config.write_text(HAPROXY_CFG % {"host": HOST, "port": port_lb, "a": port_a, "b": port_b})
    proxy = subprocess.Popen(["haproxy", "-f", str(config), "-db"], stdout=subprocess.DEVNULL)
    try:
        time.sleep(1)
        SERVERS_BY_PORT[port_lb] = [a, b]
        print("\nTwo instances behind HAProxy, one PostgreSQL:")
        on_b = app_sessions(port_b, facts, supervisor=False)
        on_a = app_sessions(port_a, facts, supervisor=False)
        check_consistency(on_a["board"], on_b["board"], on_a["walkin"], on_b["walkin"])
        sessions = app_sessions(port_lb, facts, supervisor=False)
        sessions["supervisor"] = sessions["board"]  # no supervisor case runs here
        cases = [
            c
            for c in app_cases(sessions, facts, "lb")
            if c.name in ("board", "board-poll-304", "walkin-post")
        ]
        wrk = partial(
            run_wrk, port=port_lb, clients=args.clients, threads=args.threads, workdir=workdir
        )
        for case in cases:
            case.name = f"lb-{case.name}"
            wrk(case, seconds=args.warmup)
        for round_no in range(1, args.rounds + 1):
            for case in cases:
                result = wrk(case, seconds=args.seconds)
                tally.add(case.name, result)
                print_result(round_no, case, result)
        for case in cases:
            one = case.name.removeprefix("lb-")
            if one in tally.results:
                print(
                    f"  {case.name:<22} {tally.median(case.name, 'rate'):7.1f} req/s with two "
                    f"instances vs {tally.median(one, 'rate'):7.1f} with one "
                    f"({tally.median(case.name, 'rate') / tally.median(one, 'rate'):.2f}×)"
                )
    finally:
        proxy.terminate()
        proxy.wait(timeout=10)


if __name__ == "__main__":
    main()
