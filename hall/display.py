"""What a hall display shows: the numbers being called, the next ones per department, notices.

A display polls its state about once a second. The state's version (its ETag) is the desk's
board stamp, which every visit change and every call bumps, plus the display's own settings:
the poll that finds nothing new costs the one query that checks its token.
"""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.utils import translation
from django.utils.translation import gettext as _

from hospital.localized import localized
from hospital.models import Department
from reception.models import BoardStamp, Visit

from .models import Call, Display, Notice
from .services import waiting_for_call

# The latest calls a display lists; the first is shown large.
CALLS_SHOWN = 6
# The next numbers a display lists per department.
NEXT_SHOWN = 4
# A name is shown as its first character and at most this many stars (张**).
MASK_STARS = 3


def mask_name(name: str) -> str:
    """Return a name as its first character and one star per further character (张**)."""
    name = "".join(name.split())
    if not name:
        return ""
    return name[0] + "*" * max(1, min(len(name) - 1, MASK_STARS))


def spoken_number(number: str) -> str:
    """Return a ticket number as a voice reads it one sign at a time ("A 0 2 3")."""
    return " ".join(number)


def state_etag(display: Display) -> str:
    """Return the version of what this display shows (see the module's docstring)."""
    try:
        counter = display.desk.board_stamp.counter
    except BoardStamp.DoesNotExist:
        counter = 0
    changed = int(display.updated_at.timestamp() * 1000)
    return f'"hall-{display.pk}-{changed}-{counter}"'


@dataclass
class CalledNumber:
    call: Call
    number: str
    name: str
    department: str
    room: str
    say_zh: str = ""
    say_en: str = ""


@dataclass
class DepartmentQueue:
    department: str
    location: str
    waiting: int
    next: list[dict[str, str]] = field(default_factory=list)


def _room(call: Call) -> str:
    return call.room or call.department.location


def _announcement(number: str, department: Department, room: str, language: str) -> str:
    with translation.override(language):
        return _("Number %(number)s, please go to %(department)s %(room)s.") % {
            "number": spoken_number(number),
            "department": department.name,
            "room": room,
        }


def display_state(display: Display) -> dict[str, Any]:
    """Return the display's page context in its own language: three queries whatever the day."""
    desk_id = display.desk_id
    show_names = display.show_names
    calls = []
    for call in Call.objects.recent(desk_id=desk_id, limit=CALLS_SHOWN):
        number = call.visit.queue_number
        calls.append(
            CalledNumber(
                call=call,
                number=number,
                name=mask_name(call.visit.visitor.name) if show_names else "",
                department=call.department.name,
                room=_room(call),
                say_zh=_announcement(number, call.department, _room(call), "zh-hans"),
                say_en=_announcement(number, call.department, _room(call), "en"),
            )
        )
    waiting = waiting_for_call(desk_id=desk_id)
    heads = (
        waiting.select_related("visitor", "destination")
        .annotate(
            place=Window(
                RowNumber(),
                partition_by=[F("destination_id")],
                order_by=[
                    F("urgency_rank").asc(),
                    F("is_priority").desc(),
                    F("queue_day").asc(),
                    F("queue_seq").asc(),
                ],
            ),
            waiting=Window(Count("pk"), partition_by=[F("destination_id")]),
        )
        .filter(place__lte=NEXT_SHOWN)
    )
    queues: dict[int, DepartmentQueue] = {}
    for visit in sorted(heads, key=_queue_order):
        department = visit.destination
        assert department is not None  # routed visits have a destination
        queue = queues.get(department.pk)
        if queue is None:
            queue = queues[department.pk] = DepartmentQueue(
                department=department.name,
                location=department.location,
                waiting=visit.waiting,
            )
        queue.next.append(
            {
                "number": visit.queue_number,
                "name": mask_name(visit.visitor.name) if show_names else "",
            }
        )
    notices = [localized(notice, "text") for notice in Notice.objects.shown_at(desk_id)]
    return {
        "display": display,
        "current": calls[0] if calls else None,
        "earlier": calls[1:],
        "queues": list(queues.values()),
        "notices": notices,
        "last_call": f"{calls[0].call.pk}.{calls[0].call.times}" if calls else "",
    }


def _queue_order(visit: Visit) -> tuple[int, str, int]:
    department = visit.destination
    assert department is not None
    return (department.sort_order, department.code, visit.place)  # type: ignore[attr-defined]
