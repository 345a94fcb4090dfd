"""Profile the pages of the side-by-side benchmark in one process: where the CPU of a request goes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fd_bench_volume \
        .venv/bin/python benchmarks/profile_pages.py --requests 20 [--pages board,walkin] [--top 15]

Asks each page `--requests` times through Django's test client as the benchmark's users (a guide
at the main hall, a guide at the benchmark desk for the walk-in POST, the supervisor for the
admin and the daily sheet), under cProfile, and prints per page the CPU milliseconds a request
(process time), the SQL statements a request, and the functions with the most time of their own
(tottime) and in all (cumtime), grouped by where they live: the app, Django's templates, the
ORM. Figures to compare before and after a change, never assertions.

`--stack` asks the admin's changelist (`complaint-admin`, and `complaint-admin-manager` as the
department manager) and the tablet list the way the side-by-side benchmark's server answers
them: the raw request parsed by gunicorn's own parser, Django's WSGI application with the
admin's two-step check on (a confirmed TOTP device in the session), the answer written by
gunicorn's response, so the whole stack of a request is in the figures. `--no-profile` runs the
requests without cProfile (for `valgrind --tool=callgrind`: run twice with different
`--requests` and divide the difference of the instructions by the difference of the requests).
"""

import argparse
import cProfile
import io
import pstats
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from common import count_queries  # noqa: F401 - sets Django up (benchmarks/common.py)
from django.contrib.auth import get_user_model
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import Client
from django.test.utils import override_settings

from hospital.models import Desk, StaffProfile
from hospital.records import new_form_token
from reception.models import BoardStamp

BENCH_DESK = "bench-walkins"


def clients() -> dict[str, Client]:
    users = get_user_model().objects
    guide = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    guide.force_login(users.get(username="guide"))
    walkin = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    walkin.force_login(users.get(username="guide2"))
    desk, _created = Desk.objects.get_or_create(code=BENCH_DESK, defaults={"name": "基准测试台"})
    StaffProfile.objects.get(user__username="guide2").desks.add(desk)
    if walkin.post("/desk/", {"desk": desk.pk, "next": "/"}).status_code != 302:
        raise SystemExit("guide2 could not work at the benchmark desk")
    supervisor = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    supervisor.force_login(users.get(username="supervisor"))
    return {"guide": guide, "walkin": walkin, "supervisor": supervisor}


def pages(c: dict[str, Client], busy_day: str) -> dict[str, Callable[[], int]]:
    def walkin() -> int:
        # wrk sends the same cookies every time, never the message cookie an answer sets; the
        # test client would keep it, and every walk-in would carry all the earlier messages.
        c["walkin"].cookies.pop(CookieStorage.cookie_name, None)
        return (
            c["walkin"]
            .post(
                "/reception/walk-in/",
                # Form-encoded, as the tablet's browser and the side-by-side benchmark send it.
                urlencode(
                    {
                        "idempotency_key": str(new_form_token()),
                        "purpose": "doctor",
                        "chief_complaint": "胃疼两天，饭后加重",
                        "phone": f"139{uuid.uuid4().int % 10**8:08d}",
                        "sex": "F",
                        "age": "45",
                        "needs": ["elderly"],
                    },
                    doseq=True,
                ),
                content_type="application/x-www-form-urlencoded",
            )
            .status_code
        )

    etag = {"value": ""}

    def poll_unchanged() -> int:
        response = c["guide"].get(
            "/reception/", HTTP_HX_REQUEST="true", HTTP_IF_NONE_MATCH=etag["value"]
        )
        if response.status_code == 200:  # the first poll, or the minute turned
            etag["value"] = response["ETag"]
        return response.status_code

    guide_desk = StaffProfile.objects.get(user__username="guide").home_desk_id

    def poll_after_change() -> int:
        # Something changed on the desk (its stamp moved on): the live part is rendered again.
        # It writes the desk's stamp: every board benchmark running beside it sees a change too.
        BoardStamp.touch(guide_desk)
        return c["guide"].get("/reception/", HTTP_HX_REQUEST="true").status_code

    return {
        "board": lambda: c["guide"].get("/reception/").status_code,
        "board-poll-304": poll_unchanged,
        "board-poll": lambda: c["guide"].get("/reception/", HTTP_HX_REQUEST="true").status_code,
        "board-poll-after-change": poll_after_change,
        "walkin": walkin,
        "complaint-admin": lambda: c["supervisor"].get("/admin/complaints/complaint/").status_code,
        "complaint-tablet": lambda: c["guide"].get("/complaints/").status_code,
        "daily-sheet": lambda: c["supervisor"].get(f"/handover/daily/?date={busy_day}").status_code,
    }


class _Socket:
    """What gunicorn reads a request from and writes its answer to, in memory."""

    def __init__(self, request: bytes) -> None:
        self.incoming = io.BytesIO(request)
        self.sent: list[bytes] = []

    def recv(self, size: int) -> bytes:
        return self.incoming.read(size)

    def sendall(self, data: bytes) -> None:
        self.sent.append(bytes(data))


def through_gunicorn(path: str, cookies: dict[str, str]) -> Callable[[], int]:
    """Return a function asking `path` with `cookies` through gunicorn's parser and response
    and Django's WSGI application, as a sync worker handles a request; it returns the status."""
    from django.core.wsgi import get_wsgi_application
    from gunicorn.config import Config
    from gunicorn.http import get_parser
    from gunicorn.http import wsgi as gunicorn_wsgi

    application = get_wsgi_application()
    config = Config()
    peer, server = ("127.0.0.1", 40000), ("127.0.0.1", 8400)
    cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
    raw = (
        f"GET {path} HTTP/1.1\r\nHost: testserver\r\nUser-Agent: wrk\r\nCookie: {cookie}\r\n\r\n"
    ).encode()

    def ask() -> int:
        sock = _Socket(raw)
        request = next(get_parser(config, sock, peer))
        response, environ = gunicorn_wsgi.create(request, sock, peer, server, config)
        response.force_close()
        body = application(environ, response.start_response)
        try:
            for item in body:
                response.write(item)
            response.close()
        finally:
            if hasattr(body, "close"):
                body.close()
        return int(response.status_code or 0)

    return ask


def stack_pages(made: list[Any]) -> dict[str, Callable[[], int]]:
    """The complaint lists asked through the whole stack (`--stack`), each session logged in and,
    for the admin, past the two-step check with a confirmed device, as compare.py's clients;
    the devices it had to make are added to `made` (main deletes them at the end)."""
    from django.conf import settings
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    users = get_user_model().objects
    asked = {
        "complaint-admin": ("supervisor", "/admin/complaints/complaint/"),
        "complaint-admin-manager": ("manager", "/admin/complaints/complaint/"),
        "complaint-tablet": ("guide", "/complaints/"),
    }
    every = {}
    for name, (username, path) in asked.items():
        user = users.get(username=username)
        client = Client()
        client.force_login(user)
        session = client.session
        if path.startswith("/admin/"):
            device = TOTPDevice.objects.filter(user=user, name="benchmark").first()
            if device is None:
                device = TOTPDevice.objects.create(user=user, name="benchmark", confirmed=True)
                made.append(device)
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()
        cookies = {settings.SESSION_COOKIE_NAME: session.session_key or ""}
        # The first answer sets the CSRF cookie; wrk sends it back from then on, as here.
        first = client.get(path)
        if first.status_code != 200:
            raise SystemExit(f"{name}: answer {first.status_code} to {username}")
        cookies[settings.CSRF_COOKIE_NAME] = client.cookies[settings.CSRF_COOKIE_NAME].value
        every[name] = through_gunicorn(path, cookies)
    return every


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--pages", default="", help="comma-separated (default all)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--busy-day", default="", help="the daily sheet's date (default yesterday)")
    parser.add_argument("--stack", action="store_true", help="the complaint lists, whole stack")
    parser.add_argument("--no-profile", action="store_true", help="no cProfile (for callgrind)")
    args = parser.parse_args()
    import datetime as dt

    from hospital.clock import local_today

    busy_day = args.busy_day or (local_today() - dt.timedelta(days=1)).isoformat()
    made: list[Any] = []
    try:
        every = stack_pages(made) if args.stack else pages(clients(), busy_day)
        profile(every, args)
    finally:
        for device in made:
            device.delete()


def profile(every: dict[str, Callable[[], int]], args: argparse.Namespace) -> None:
    wanted = args.pages.split(",") if args.pages else list(every)
    for name in wanted:
        ask = every[name]
        status = ask()  # warm up: templates, the routing engine, connections
        queries = count_queries(ask)
        profiler = None if args.no_profile else cProfile.Profile(time.process_time)
        began = time.process_time()
        if profiler is not None:
            profiler.enable()
        for _ in range(args.requests):
            ask()
        if profiler is not None:
            profiler.disable()
        cpu_ms = (time.process_time() - began) * 1000 / args.requests
        print(f"\n=== {name}: answer {status}, {cpu_ms:.2f} ms CPU a request, {queries} queries")
        if profiler is None:
            continue
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order)
            stats.print_stats(args.top)
            lines = [x for x in out.getvalue().splitlines() if x.strip()]
            start = next(i for i, x in enumerate(lines) if x.lstrip().startswith("ncalls"))
            print(f"--- by {order} (ms a request)")
            for line in lines[start + 1 :]:
                parts = line.split(None, 5)
                if len(parts) < 6:
                    continue
                own = float(parts[1]) * 1000 / args.requests
                total = float(parts[3]) * 1000 / args.requests
                print(f"  own {own:7.2f}  total {total:7.2f}  {parts[0]:>10}  {parts[5][:90]}")


if __name__ == "__main__":
    # The test client's pages skip the admin's two-step check; the whole stack passes it.
    with override_settings(ALLOWED_HOSTS=["testserver"], ADMIN_OTP_REQUIRED="--stack" in sys.argv):
        main()
    sys.exit(0)
