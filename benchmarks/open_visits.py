"""Open walk-ins at the main hall for the board's benchmarks, whatever the time in Shanghai.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fd_board_dev \\
        .venv/bin/python benchmarks/open_visits.py --count 200

Run after `seed_demo` (it needs the demo desks, guides and departments). The board shows the
open visits of the desk day and night, but volume data loaded at night in Shanghai leaves few
of "today" open; the board's benchmark (`compare.py --cases board,…`) is about a busy hall.
Each visit goes through the services, as a guide's tablet would: logged within the last two
hours, about half routed (some escorted), one in twenty-five sent to emergency. The visitors'
names and phones are invented. Never on a real database.
"""

import argparse
import datetime as dt
import random
import uuid
from decimal import Decimal

from common import COMPLAINTS, ROOT  # noqa: F401 - ROOT sets Django up (benchmarks/common.py)
from django.contrib.auth import get_user_model
from django.utils import timezone

from handover.services.escorts import escort_start
from hospital.models import Department, Desk
from reception.models import Urgency, Visit
from reception.services.visits import visit_log_walkin
from triage.services import escalation_open, triage_decide

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_NAMESPACE = uuid.UUID("5b0a7c62-3f0e-4c55-9a57-2b9f0d1e6a41")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=200, help="open visits to add (200)")
    parser.add_argument("--desk", default="main-hall", help="the desk's code (main-hall)")
    parser.add_argument("--seed", type=int, default=14, help="random seed (14)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    guide = get_user_model().objects.get(username="guide")
    desk = Desk.objects.get(code=args.desk)
    departments = {d.code: d for d in Department.objects.all()}
    now = timezone.now()
    levels = [Urgency.II, Urgency.III, Urgency.III, Urgency.IV, Urgency.IV]
    for n in range(args.count):
        complaint, code = rng.choice(COMPLAINTS)
        arrived = now - dt.timedelta(minutes=rng.randint(1, 120), seconds=n)
        visit, created = visit_log_walkin(
            desk=desk,
            by=guide,
            # The same run again adds nothing twice (the token names the run's time and visit).
            form_token=uuid.uuid5(_NAMESPACE, f"{now.isoformat()}-{n}"),
            purpose=Visit.Purpose.SEE_DOCTOR,
            chief_complaint=complaint,
            temperature=Decimal("38.2") if "烧" in complaint else None,
            arrived_at=arrived,
            name=rng.choice(_SURNAMES) + rng.choice(["先生", "女士", "阿姨", "大爷"]),
            phone=f"+86139{rng.randint(0, 99_999_999):08d}",
            sex=rng.choice("MF"),
            age=rng.randint(2, 90),
        )
        if not created:
            continue
        roll = rng.random()
        if roll < 0.04:
            escalation_open(visit=visit, observation="意识模糊，面色苍白", by=guide)
        elif roll < 0.5 and code in departments:
            at = min(now, arrived + dt.timedelta(minutes=rng.randint(1, 20)))
            triage_decide(
                visit=visit,
                department=departments[code],
                urgency=rng.choice(levels),
                by=guide,
                at=at,
            )
            if roll < 0.15:
                escort_start(visit=visit, by=guide)
    open_now = Visit.objects.open().filter(desk=desk).count()
    print(f"{args.count} visits added at {desk.code}; {open_now} open there now.")


if __name__ == "__main__":
    main()
