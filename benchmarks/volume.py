"""Load a year of walk-in history into a benchmark database, for `make bench-board`.

Run from the project root after `seed_demo` (it needs the demo desks, guides and departments):

    DATABASE_URL=postgres://.../frontdesk_volume python benchmarks/volume.py --days 365 \\
        --visits-per-day 5000

The rows go in with COPY (PostgreSQL; bulk_create elsewhere) and INSERT ... SELECT, bypassing
the services and the history tables on purpose: a year of demo visits through the one write path
would take hours, and a history of things nobody did would be fiction. Never on a real database.
"""

import argparse
import datetime as dt
import json
import random
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from common import COMPLAINTS, ROOT  # noqa: F401 - ROOT sets Django up (benchmarks/common.py)
from django.contrib.auth import get_user_model
from django.db import connection, models, transaction
from django.utils import timezone

from handover.models import Escort, Handoff
from hospital.models import Department, Desk
from reception.models import URGENCY_RANK, Visit, Visitor
from triage.models import TriageDecision

_BATCH = 50_000
# Today's visits that arrived within this many minutes are still open on the board.
_OPEN_WINDOW_MINUTES = 90


def _rows_for_model(model: type[models.Model], rows: Iterable[dict[str, Any]]) -> Iterator[tuple]:
    """Yield each row as a tuple of every concrete column, filling defaults for the rest.

    Other issues may add columns with defaults to these tables; filling them here keeps the
    bulk loader working without knowing about them.
    """
    fields = [f for f in model._meta.concrete_fields]
    defaults = {}
    for field in fields:
        if field.has_default():
            defaults[field.attname] = field.get_default()
        elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            defaults[field.attname] = timezone.now()
        else:
            # None where the column takes NULL, "" for text that does not (as Django saves it).
            defaults[field.attname] = field.get_default()
    for row in rows:
        yield tuple(row.get(f.attname, defaults[f.attname]) for f in fields)


def _copy(model: type[models.Model], rows: Iterable[dict[str, Any]]) -> int:
    """Insert rows at COPY speed on PostgreSQL (bulk_create elsewhere); return how many."""
    fields = [f for f in model._meta.concrete_fields]
    count = 0
    if connection.vendor == "postgresql":
        table = model._meta.db_table
        columns = ", ".join(connection.ops.quote_name(f.column or f.name) for f in fields)
        json_columns = {i for i, f in enumerate(fields) if isinstance(f, models.JSONField)}
        sql = f"COPY {table} ({columns}) FROM STDIN"
        with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            for row in _rows_for_model(model, rows):
                if json_columns:
                    row = tuple(
                        json.dumps(v) if i in json_columns else v for i, v in enumerate(row)
                    )
                copy.write_row(row)
                count += 1
        return count
    batch: list[models.Model] = []
    names = [f.attname for f in fields]
    for row in _rows_for_model(model, rows):
        batch.append(model(**dict(zip(names, row, strict=True))))
        if len(batch) >= 5000:
            # Volume demo only: bulk rows skip the history on purpose (see seed_volume).
            model._default_manager.bulk_create(batch)
            count += len(batch)
            batch.clear()
    if batch:
        model._default_manager.bulk_create(batch)
        count += len(batch)
    return count


def _first_free_id(model: type[models.Model]) -> int:
    return (model._default_manager.aggregate(m=models.Max("pk"))["m"] or 0) + 1


def _reset_sequence(model: type[models.Model]) -> None:
    """Point the id sequence past the rows COPY wrote with explicit ids (PostgreSQL)."""
    if connection.vendor != "postgresql":
        return
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence(%s, 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM {table}))",
            [table],
        )


# Decisions, escorts and handoffs follow from the visits' summary columns: set-based SQL builds
# them inside the database, far faster than sending a million more rows from Python.
_DECISIONS_SQL = """
INSERT INTO triage_triagedecision (visit_id, department_id, urgency, suggestions, overridden,
    override_reason, decided_by_id, decided_at)
SELECT id, destination_id, urgency, '[]', (id %% 10 = 0), '', logged_by_id, routed_at
FROM reception_visit WHERE id >= %s AND routed_at IS NOT NULL
"""
_ESCORTS_SQL = """
INSERT INTO handover_escort (visit_id, guide_id, guide_name, destination_id, continues_id,
    started_at, arrived_at)
SELECT id, logged_by_id, '', destination_id, NULL, escort_started_at, handed_off_at
FROM reception_visit WHERE id >= %s AND escort_started_at IS NOT NULL
"""
_HANDOFFS_SQL = """
INSERT INTO handover_handoff (escort_id, visit_id, receiver_name, receiver_role, receiver_title,
    receiver_user_id, situation, special_needs, promised, handed_at, recorded_by_id)
SELECT id, visit_id, '护士站', 'nurse', '', NULL, '', '', '', arrived_at, guide_id
FROM handover_escort WHERE visit_id >= %s AND arrived_at IS NOT NULL
"""


def _skip_foreign_key_triggers() -> None:
    """Let PostgreSQL skip the per-row foreign-key triggers for this transaction, if allowed.

    The generator writes only ids it has just read or created, so the checks would find nothing;
    queued for millions of rows they cost more than the load itself. Needs a superuser (a
    benchmark database); elsewhere the checks simply run.
    """
    if connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")
    except Exception:  # noqa: BLE001 - not a superuser: keep the checks
        pass


def load_volume(*, days: int, visits_per_day: int) -> None:
    """Bulk-load `days` of walk-in history (visits, visitors, decisions, escorts, handoffs).

    Benchmark databases only. The rows go in with COPY and INSERT … SELECT, bypassing the
    services and the history tables on purpose: a year of demo visits through the one write
    path would take hours, and a history of things nobody did would be fiction. Today's share of
    the day is included, with the last 90 minutes' visits still open, so that the board carries
    a realistic load.
    """
    users = get_user_model().objects
    guides = list(users.filter(username__in=["guide", "guide2"]).order_by("username"))
    desks = list(Desk.objects.filter(is_active=True).order_by("code"))
    if not guides or not desks:
        return
    started = time.monotonic()
    departments = {d.code: d.pk for d in Department.objects.all()}
    routes = [(text, departments[code]) for text, code in COMPLAINTS if code in departments]
    now = timezone.now()
    today = timezone.localdate(now)
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    opens_today = midnight + dt.timedelta(hours=7, minutes=30)
    share_today = min(1.0, max(0.0, (now - opens_today).total_seconds() / (10 * 3600)))
    day_plan = [
        (today - dt.timedelta(days=offset), visits_per_day) for offset in range(days, 0, -1)
    ]
    day_plan.append((today, int(visits_per_day * share_today)))
    total = sum(n for _day, n in day_plan)
    rng = random.Random(2026)
    visitor_count = max(1, int(total * 0.7))  # three in ten are returning visitors
    with transaction.atomic():
        _skip_foreign_key_triggers()
        first_visitor = _first_free_id(Visitor)
        first_visit = _first_free_id(Visit)
        print(f"Volume: {total} visits over {len(day_plan)} days…", flush=True)
        _copy(Visitor, _visitors(rng, first_visitor, visitor_count, now))
        visits = _copy(
            Visit,
            _visits(
                rng=rng,
                day_plan=day_plan,
                first_visit=first_visit,
                first_visitor=first_visitor,
                visitor_count=visitor_count,
                desks=[d.pk for d in desks],
                guides=[g.pk for g in guides],
                routes=routes,
                now=now,
            ),
        )
        _reset_sequence(Visitor)
        _reset_sequence(Visit)
        counts = []
        with connection.cursor() as cursor:
            for sql in (_DECISIONS_SQL, _ESCORTS_SQL, _HANDOFFS_SQL):
                cursor.execute(sql, [first_visit])
                counts.append(cursor.rowcount)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for model in (Visitor, Visit, TriageDecision, Escort, Handoff):
                cursor.execute(f"ANALYZE {model._meta.db_table}")
    print(
        f"Volume: {visits} visits, {visitor_count} visitors, {counts[0]} decisions, "
        f"{counts[1]} escorts, {counts[2]} handoffs in {time.monotonic() - started:.0f} s."
    )


def _visitors(
    rng: random.Random, first: int, count: int, now: dt.datetime
) -> Iterator[dict[str, Any]]:
    needs: list[list[str]] = [
        [],
        [],
        [],
        [],
        [],
        [],
        ["elderly"],
        ["wheelchair"],
        ["pregnant"],
        ["child"],
    ]
    for i in range(count):
        yield {
            "id": first + i,
            "name": "",
            "phone": f"1{rng.choice('3456789')}{i:09d}" if i % 5 else "",
            "sex": rng.choice("FMU"),
            "birth_year": 1940 + rng.randrange(80),
            "needs": rng.choice(needs),
            "source": "",
            "created_at": now,
        }


def _visits(
    *,
    rng: random.Random,
    day_plan: list[tuple[dt.date, int]],
    first_visit: int,
    first_visitor: int,
    visitor_count: int,
    desks: list[int],
    guides: list[int],
    routes: list[tuple[str, int]],
    now: dt.datetime,
) -> Iterator[dict[str, Any]]:
    """Yield the visits of each day, spread over opening hours, mostly closed."""
    levels = ["II", "III", "III", "IV", "IV", "IV", "IV"]
    visit_id = first_visit
    for day, count in day_plan:
        opens = timezone.make_aware(dt.datetime.combine(day, dt.time(7, 30)))
        span = 10 * 3600
        if day == timezone.localdate(now):
            span = max(60, int((now - opens).total_seconds()))
        for i in range(count):
            arrived = opens + dt.timedelta(seconds=(span * i) // max(1, count))
            fresh = (now - arrived).total_seconds() < _OPEN_WINDOW_MINUTES * 60
            text, department = rng.choice(routes)
            level = rng.choice(levels)
            roll = rng.random()
            routed_at = arrived + dt.timedelta(minutes=rng.randrange(1, 6))
            row = {
                "id": visit_id,
                "visitor_id": first_visitor + rng.randrange(visitor_count),
                "desk_id": desks[i % len(desks)],
                "arrived_at": arrived,
                "logged_by_id": guides[i % len(guides)],
                "purpose": "doctor",
                "chief_complaint": text,
                "is_priority": roll < 0.08,
                "status": "closed",
                "urgency": level,
                "urgency_rank": URGENCY_RANK[level],
                "updated_at": arrived,
                "version": 3,
                "form_token": uuid.UUID(int=rng.getrandbits(128), version=4),
            }
            visit_id += 1
            if roll < 0.04:  # left without being seen
                if fresh:
                    row.update(status="waiting", version=1)
                else:
                    row.update(status="left", closed_at=arrived + dt.timedelta(minutes=20))
                yield row
                continue
            row.update(destination_id=department, routed_at=routed_at)
            if fresh and routed_at > now:
                row.update(status="waiting", destination_id=None, routed_at=None, version=1)
            elif roll < 0.30:  # escorted, then handed off to the department's nurse
                escort_at = routed_at + dt.timedelta(minutes=1)
                handed = escort_at + dt.timedelta(minutes=rng.randrange(3, 12))
                row.update(escort_started_at=escort_at, status="escorting")
                if not fresh:
                    row.update(status="handed_off", handed_off_at=handed, version=4)
            elif fresh:
                row.update(status="routed", version=2)
            else:
                row.update(closed_at=routed_at + dt.timedelta(minutes=30))
            yield row


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=365, help="days of history (default 365)")
    parser.add_argument(
        "--visits-per-day", type=int, default=5000, help="visits per day (default 5000)"
    )
    args = parser.parse_args(argv)
    if args.days < 1 or args.visits_per_day < 1:
        parser.error("--days and --visits-per-day must be at least 1.")
    load_volume(days=args.days, visits_per_day=args.visits_per_day)


if __name__ == "__main__":
    main(sys.argv[1:])
