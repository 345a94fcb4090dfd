"""What a shift hands on: gathered at signing, frozen on the sheet as plain data.

The snapshot holds codes and names, not sentences, so the sheet reads in whichever language the
reader uses; `pending_rows()` turns it back into lines to show.

Handover gathers what it and the stages below it hold (visits, escalations, callbacks, keys,
equipment, tasks). What only a higher app knows, such as the complaints received during the
shift, is gathered by a section the top floor registers at start-up (`register_section`): the
sheet still freezes it at signing, and handover never names the app it comes from.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from hospital.models import Desk
from reception.models import Inquiry, Visit
from triage.models import Escalation

from .models import EquipmentLoan, HandoverTask, KeyLoan

# How many lines of one kind a sheet lists; the total is always given.
MAX_LINES = 30

# The sheet's own sections; registered sections are shown after the escalations.
SECTIONS = ("visits", "escalations", "callbacks", "keys", "equipment", "tasks")


@dataclass(frozen=True)
class PendingSection:
    """A section gathered by a higher app: `gather(desk=, start=, end=)` returns
    `{"total": n, "items": [{"text", "status_label", "since"}, ...]}`."""

    key: str
    title: str | Promise
    gather: Callable[..., dict[str, Any]]


_registered: dict[str, PendingSection] = {}


def register_section(section: PendingSection) -> None:
    """Gather `section` into every sheet signed from now on (registering a key twice replaces)."""
    _registered[section.key] = section


def _section_order() -> list[str]:
    return [SECTIONS[0], SECTIONS[1], *_registered, *SECTIONS[2:]]


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def gather_pending(*, desk: Desk, start: datetime, end: datetime) -> dict[str, Any]:
    """Return what is still open at `desk` at the end of the shift [start, end)."""
    now = timezone.now()
    snapshot: dict[str, Any] = {"gathered_at": now.isoformat()}

    visits = Visit.objects.open().filter(desk=desk).select_related("visitor", "destination")
    snapshot["visits"] = {
        "total": visits.count(),
        "items": [
            {
                "who": str(v.visitor),
                "status": v.status,
                "destination": v.destination.name if v.destination else "",
                "since": _iso(v.arrived_at),
            }
            for v in visits.order_by("arrived_at")[:MAX_LINES]
        ],
    }

    open_escalations = Escalation.objects.filter(
        visit__desk=desk, closed_at__isnull=True
    ).select_related("visit__visitor")
    snapshot["escalations"] = {
        "total": open_escalations.count(),
        "items": [
            {
                "who": str(e.visit.visitor),
                "observation": e.observation[:120],
                "since": _iso(e.spotted_at),
            }
            for e in open_escalations.order_by("spotted_at")[:MAX_LINES]
        ],
    }
    for section in _registered.values():
        snapshot[section.key] = section.gather(desk=desk, start=start, end=end)
    snapshot["callbacks"] = _callbacks(desk=desk, end=end)

    keys = KeyLoan.objects.open().filter(key__desk=desk).select_related("key")
    snapshot["keys"] = {
        "total": keys.count(),
        "items": [
            {
                "key": str(k.key),
                "who": k.issued_to,
                "due": _iso(k.due_back_at),
                "overdue": k.due_back_at < now,
            }
            for k in keys.order_by("due_back_at")[:MAX_LINES]
        ],
    }

    loans = EquipmentLoan.objects.open().filter(equipment__desk=desk).select_related("equipment")
    snapshot["equipment"] = {
        "total": loans.count(),
        "items": [
            {
                "equipment": str(e.equipment),
                "who": e.borrower_name or (str(e.visit) if e.visit_id else ""),
                "due": _iso(e.due_back_at),
                "overdue": bool(e.due_back_at and e.due_back_at < now),
            }
            for e in loans.select_related("visit").order_by("lent_at")[:MAX_LINES]
        ],
    }

    tasks = HandoverTask.objects.filter(desk=desk, done_at__isnull=True)
    snapshot["tasks"] = {
        "total": tasks.count(),
        "items": [{"text": t.text[:120], "since": _iso(t.created_at)} for t in tasks[:MAX_LINES]],
    }
    return {key: value for key, value in snapshot.items() if value is not None}


def _callbacks(*, desk: Desk, end: datetime) -> dict[str, Any]:
    """Open callbacks of the desk due by the end of the shift."""
    rows = Inquiry.objects.callbacks_due(desk, end)
    items = []
    for row in rows[:MAX_LINES]:
        who = row.masked_phone or ""
        question = (row.question or "")[:80]
        items.append(
            {
                "text": " · ".join(part for part in (who, question) if part) or str(row),
                "due_on": row.callback_due_on.isoformat() if row.callback_due_on else None,
            }
        )
    return {"total": rows.count(), "items": items}


def _time(value: str | None) -> str:
    moment = parse_datetime(value) if value else None
    return timezone.localtime(moment).strftime("%m-%d %H:%M") if moment else ""


def pending_rows(snapshot: dict[str, Any]) -> list[dict[str, Any]]:
    """Turn a snapshot into sections of display lines in the active language."""
    titles = {
        "visits": _("Visitors still waiting or under escort"),
        "escalations": _("Open escalations"),
        "callbacks": _("Callbacks due"),
        "keys": _("Keys still out"),
        "equipment": _("Equipment still out"),
        "tasks": _("Open tasks"),
        **{key: str(section.title) for key, section in _registered.items()},
    }
    statuses = dict(Visit.Status.choices)
    sections = []
    for key in _section_order():
        block = snapshot.get(key)
        if not block or not block.get("total"):
            continue
        lines = []
        for item in block.get("items", []):
            if key == "visits":
                text = f"{item['who']} · {statuses.get(item['status'], item['status'])}"
                if item.get("destination"):
                    text += f" → {item['destination']}"
                when = _time(item.get("since"))
            elif key == "escalations":
                text, when = f"{item['who']} · {item['observation']}", _time(item.get("since"))
            elif key in ("keys", "equipment"):
                thing = item.get("key") or item.get("equipment")
                text = f"{thing} → {item['who']}"
                when = _("due %(time)s") % {"time": _time(item["due"])} if item.get("due") else ""
            elif key == "callbacks":
                text = item["text"]
                when = (
                    _("call back by %(day)s") % {"day": item["due_on"]}
                    if item.get("due_on")
                    else ""
                )
            else:
                # Tasks and registered sections: a line of text, a status, since when.
                text = item["text"]
                if item.get("status_label"):
                    text += f" · {item['status_label']}"
                when = _time(item.get("since"))
            lines.append({"text": text, "when": when, "flag": bool(item.get("overdue"))})
        sections.append(
            {
                "key": key,
                "title": titles[key],
                "total": block.get("total", 0),
                "lines": lines,
                "more": max(block.get("total", 0) - len(lines), 0),
            }
        )
    return sections
