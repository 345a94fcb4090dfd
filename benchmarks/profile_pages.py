"""Profile the pages of the side-by-side benchmark in one process: where the CPU of a request goes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fd_bench_volume \
        .venv/bin/python benchmarks/profile_pages.py --requests 20 [--pages board,walkin] [--top 15]

Asks each page `--requests` times through Django's test client as the benchmark's users (a guide
at the main hall, a guide at the benchmark desk for the walk-in POST, the supervisor for the
admin and the daily sheet), under cProfile, and prints per page the CPU milliseconds a request
(process time), the SQL statements a request, and the functions with the most time of their own
(tottime) and in all (cumtime), grouped by where they live: the app, Django's templates, the
ORM. Figures to compare before and after a change, never assertions.
"""

import argparse
import cProfile
import io
import pstats
import sys
import time
import uuid
from collections.abc import Callable

from common import count_queries  # noqa: F401 - sets Django up (benchmarks/common.py)
from django.contrib.auth import get_user_model
from django.test import Client
from django.test.utils import override_settings

from hospital.models import Desk, StaffProfile
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
        return (
            c["walkin"]
            .post(
                "/reception/walk-in/",
                {
                    "idempotency_key": str(uuid.uuid4()),
                    "purpose": "doctor",
                    "chief_complaint": "胃疼两天，饭后加重",
                    "phone": f"139{uuid.uuid4().int % 10**8:08d}",
                    "sex": "F",
                    "age": "45",
                    "needs": ["elderly"],
                },
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--pages", default="", help="comma-separated (default all)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--busy-day", default="", help="the daily sheet's date (default yesterday)")
    args = parser.parse_args()
    import datetime as dt

    from hospital.clock import local_today

    busy_day = args.busy_day or (local_today() - dt.timedelta(days=1)).isoformat()
    every = pages(clients(), busy_day)
    wanted = args.pages.split(",") if args.pages else list(every)
    for name in wanted:
        ask = every[name]
        status = ask()  # warm up: templates, the routing engine, connections
        queries = count_queries(ask)
        profiler = cProfile.Profile(time.process_time)
        began = time.process_time()
        profiler.enable()
        for _ in range(args.requests):
            ask()
        profiler.disable()
        cpu_ms = (time.process_time() - began) * 1000 / args.requests
        print(f"\n=== {name}: answer {status}, {cpu_ms:.1f} ms CPU a request, {queries} queries")
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
    with override_settings(ALLOWED_HOSTS=["testserver"], ADMIN_OTP_REQUIRED=False):
        main()
    sys.exit(0)
