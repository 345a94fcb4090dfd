"""The board's rows: what each row shows, read as plain values, its texts made once and its HTML
rendered once, both remembered by the row's values; only the minutes, the flags and the tone
are worked out on every answer (the waiting board is overview.views.board)."""

import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from html import escape as escape_html
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import get_script_prefix, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy, ngettext, pgettext_lazy
from django.utils.translation import gettext as _

from hospital.localized import localized
from hospital.models import Department, Desk
from hospital.phones import mask_phone
from reception.models import Urgency, Visit, Visitor

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


# The urgency level's short name on a row (China's pre-triage levels); the numeral comes first.
URGENCY_SHORT: dict[str, "StrOrPromise"] = {
    Urgency.I: pgettext_lazy("urgency level", "Critical"),
    Urgency.II: pgettext_lazy("urgency level", "Severe"),
    Urgency.III: pgettext_lazy("urgency level", "Urgent"),
    Urgency.IV: pgettext_lazy("urgency level", "Non-urgent"),
}

# The one most likely next step of a visit in each status: (action, label).
NEXT_STEP: dict[str, tuple[str, "StrOrPromise"]] = {
    Visit.Status.WAITING: ("route", gettext_lazy("Route")),
    Visit.Status.ROUTED: ("escort", gettext_lazy("Escort")),
    Visit.Status.ESCORTING: ("handoff", gettext_lazy("Hand off")),
    Visit.Status.ESCALATED: ("escalate", gettext_lazy("Emergency record")),
}


@lru_cache(maxsize=8)
def _row_url_patterns(script_prefix: str) -> dict[str, str]:
    """Return each row link's URL with a {} for the visit, once per script prefix (the only
    thing a reversed URL depends on here): reversing per row per refresh was the board's
    largest cost once the queries were few."""
    names = {
        "detail": "overview:visit_detail",
        "actions": "overview:visit_actions",
        "route": "triage:route",
        "escalate": "triage:escalate",
        "escort": "handover:escort_start",
        "handoff": "handover:handoff",
    }
    marker = 987654321
    return {
        key: reverse(name, args=[marker]).replace(str(marker), "{}") for key, name in names.items()
    }


# A visitor's masked phone on a row, remembered: formatting a number (libphonenumber) was the
# board's largest cost per row, and the same visitors are on every refresh.
_masked_phone = lru_cache(maxsize=4096)(mask_phone)


def row_labels() -> dict[str, Any]:
    """Return the labels every row repeats, in the active language (read only: shared)."""
    return _labels_in(get_language() or "")


@lru_cache(maxsize=16)
def _labels_in(language: str) -> dict[str, Any]:
    """Return the row labels translated once per language: the catalogues do not change while
    the process runs (`language` is the key; the translation is the active one)."""
    return {
        "purpose": {value: str(label) for value, label in Visit.Purpose.choices},
        "status": {value: str(label) for value, label in Visit.Status.choices},
        "urgency": {u.value: f"{u.value} {URGENCY_SHORT[u]}" for u in Urgency},
        "next": {status: (action, str(label)) for status, (action, label) in NEXT_STEP.items()},
        "untriaged": _("not yet triaged"),
        "reassess": _("re-assess"),
        "priority": _("Priority"),
        "more": _("More steps"),
        "more_for": _("More steps for %(visitor)s"),
    }


# The columns a row reads, and no others, as plain values: the visit's own (it is made a model
# instance from them, for its rules of the clock and its ticket number), then its visitor's and
# destination's names (and on the all-desks board its desk's). Building 60 visits, visitors,
# departments and desks as whole model instances, and compiling the query that joined their
# every column, was about a third of a changed poll.
ROW_COLUMNS = (
    # In the model's order: Model.from_db places the values by it.
    "id",
    "version",
    "visitor_id",
    "desk_id",
    "arrived_at",
    "purpose",
    "chief_complaint",
    "temperature",
    "is_priority",
    "status",
    "destination_id",
    "urgency",
    "routed_at",
    "escort_started_at",
    "handed_off_at",
    "escalated_at",
    "reassess_at",
    "queue_prefix",
    "queue_seq",
)
DEPARTMENT_NAMES = ("name_zh_hans", "name_zh_hant", "name_en")
_DESK_NAMES = ("name", "name_zh_hant", "name_en")
_ROW_NAMES = (
    "visitor__name",
    "visitor__phone",
    *(f"destination__{name}" for name in DEPARTMENT_NAMES),
)
_ROW_DESK_NAMES = tuple(f"desk__{name}" for name in _DESK_NAMES)
# What the undo strip shows of each visit, and no other column.
UNDO_FIELDS = (
    "id",
    "version",
    "status",
    "closed_at",
    "visitor_id",
    "visitor__name",
    "visitor__phone",
)


def board_visits(
    visits: QuerySet[Visit], *, all_desks: bool, extra: tuple[str, ...] = ()
) -> QuerySet[Any]:
    """Return `visits` (in board order) as the tuples a row reads: ROW_COLUMNS, then the
    visitor's name and phone, the destination's names and, on the all-desks board, the desk's
    (then the `extra` annotations)."""
    fields = ROW_COLUMNS + _ROW_NAMES + (_ROW_DESK_NAMES if all_desks else ()) + extra
    return visits.select_related(None).values_list(*fields)


def named(model: type[Department] | type[Desk], pk: int, names: Iterable[Any]) -> Any:
    """Return an unsaved `model` holding the names a row read beside the visit, so that
    `localized` picks the reader's language the one way it always does."""
    fields = DEPARTMENT_NAMES if model is Department else _DESK_NAMES
    return model.from_db(None, ["id", *fields], [pk, *names])


def visitor_label(visitor_id: int, name: str, phone: str) -> str:
    """Return what `Visitor.__str__` shows (the name, else the masked phone, else the number)."""
    return name or _masked_phone(phone) or str(Visitor(pk=visitor_id))


# A row's texts that do not move with the clock, remembered by everything they are made from: the
# row's values as read (the visit's version among them, so any change to the visit, its visitor's
# name or phone or its destination's names is another key), the language and the menu's return
# address. With the visit made from them. Bounded: the whole memory is dropped when full.
_ROW_MEMORY: dict[tuple[Any, ...], tuple[Visit, dict[str, Any]]] = {}
_ROW_HTML_MEMORY: dict[tuple[Any, ...], list[str]] = {}
_MEMORY_ROWS = 4096
_N_COLUMNS = len(ROW_COLUMNS)


def remember(memory: dict[Any, Any], key: Any, value: Any) -> None:
    if len(memory) >= _MEMORY_ROWS:
        memory.clear()
    memory[key] = value


def _row_texts(
    values: tuple[Any, ...], *, language: str, menu_query: str, labels: dict[str, Any]
) -> tuple[Visit, dict[str, Any]]:
    """Return the visit made from a row's values and every text of its row that does not move
    with the clock (translation, choice labels, names in the reader's language, masked phone)."""
    visit = Visit.from_db(None, ROW_COLUMNS, values[:_N_COLUMNS])
    pk = visit.pk
    visitor_name, visitor_phone, *destination_names = values[_N_COLUMNS : _N_COLUMNS + 5]
    desk_names = values[_N_COLUMNS + 5 :]
    patterns = _row_url_patterns(get_script_prefix())
    action, next_label = labels["next"].get(visit.status, ("", ""))
    who = visitor_label(visit.visitor_id, visitor_name, visitor_phone)
    why = labels["purpose"].get(visit.purpose, visit.purpose)
    if visit.chief_complaint:
        why = f"{why}: {visit.chief_complaint}"
    if visit.temperature:
        why = f"{why} · {visit.temperature} °C"
    status_label = labels["status"].get(visit.status, visit.status)
    if visit.destination_id:
        department = named(Department, visit.destination_id, destination_names)
        status_label = f"{status_label} → {localized(department, 'name', language)}"
    desk = ""
    if desk_names:
        desk = localized(named(Desk, visit.desk_id, desk_names), "name", language)
    return visit, {
        "pk": pk,
        "status": visit.status,
        "priority": visit.is_priority,
        "queue_number": visit.queue_number,
        "who": who,
        "desk": desk,
        "why": why,
        "urgency_class": visit.urgency.lower(),
        "urgency_label": labels["urgency"].get(visit.urgency, visit.urgency),
        "status_label": status_label,
        "next_label": next_label,
        "next_url": patterns[action].format(pk) if action else "",
        "next_class": "btn-danger" if visit.status == Visit.Status.ESCALATED else "btn-primary",
        "detail_url": patterns["detail"].format(pk),
        "actions_url": patterns["actions"].format(pk) + menu_query,
        "more_label": labels["more_for"] % {"visitor": who},
    }


@lru_cache(maxsize=2048)
def _minutes_label(language: str, minutes: int) -> str:
    """Return "12 min" in `language` (the active one; the key): the same few numbers on every
    row of every answer."""
    return ngettext("%(minutes)s min", "%(minutes)s min", minutes) % {"minutes": minutes}


@lru_cache(maxsize=2048)
def _minutes_in_status_label(language: str, minutes: int) -> str:
    """Return "12 min in status" in `language` (the active one; the key)."""
    return ngettext("%(minutes)s min in status", "%(minutes)s min in status", minutes) % {
        "minutes": minutes
    }


def board_rows(
    values: Iterable[tuple[Any, ...]],
    *,
    now: datetime,
    back_to: str = "",
    labels: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Return each open visit with every text its row shows, made here rather than by template
    tags per row: the row loop was most of a board's CPU. `values` are board_visits' tuples;
    `back_to` is where the row's menu returns. What does not move with the clock is remembered
    per row (`_row_texts`); the minutes, the flags and the tone are worked out on every answer."""
    labels = labels or row_labels()
    menu_query = f"?next={quote(back_to)}" if back_to else ""
    language = get_language() or ""
    prefix = get_script_prefix()
    # A number of minutes is put in words once per answer, however many rows show it.
    rows = []
    for row_values in values:
        key = (row_values, language, menu_query, prefix)
        remembered = _ROW_MEMORY.get(key)
        if remembered is None:
            remembered = _row_texts(
                row_values, language=language, menu_query=menu_query, labels=labels
            )
            remember(_ROW_MEMORY, key, remembered)
        visit, texts = remembered
        untriaged = visit.is_untriaged(now)
        overdue = not untriaged and visit.is_overdue(now)
        tone = "red" if visit.status == Visit.Status.ESCALATED else ""
        tone = tone or ("amber" if untriaged or visit.is_overdue(now) else "")
        waited, in_status = visit.minutes_waited(now), visit.minutes_in_status(now)
        rows.append(
            {
                **texts,
                "key": key,
                "visit": visit,
                "waited": waited,
                "in_status": in_status,
                "tone": tone,
                "untriaged": untriaged,
                "overdue": overdue,
                "tone_class": f"fd-row-{tone}" if tone else "",
                "waited_label": _minutes_label(language, waited),
                "in_status_label": _minutes_in_status_label(language, in_status),
                "flag": "untriaged" if untriaged else "reassess" if overdue else "",
                "flag_label": labels["untriaged"]
                if untriaged
                else labels["reassess"]
                if overdue
                else "",
            }
        )
    return rows


# The minutes of each row move on at that row's own second: they are left out of the
# remembered HTML as marks (which minutes) and put in on every answer.
_CLOCK_LABELS = {"w": "waited_label", "s": "in_status_label"}
_CLOCK_MARK = re.compile("\x00\\d+([ws])\x00")
_ROW_START = '<tr id="visit-'


def rows_html(
    request: HttpRequest, rows: list[dict[str, Any]], *, all_desks: bool, labels: dict[str, Any]
) -> str:
    """Return the rows' HTML, each row rendered once and remembered by its contents.

    A row's HTML is remembered under its texts' key (`board_rows`: the row's values as read, the
    language, the menu's return address), its tone and flag, the board's kind and the page's
    address (the ticket link returns to it); only its minutes are put in on every answer. A
    change on the desk renders again only the rows it changed, all in one go.
    """
    page = request.get_full_path()
    keys = [(row["key"], row["tone"], row["flag"], all_desks, page) for row in rows]
    found = {key: _ROW_HTML_MEMORY.get(key) for key in keys}
    missing = [row for row, key in zip(rows, keys, strict=True) if found[key] is None]
    if missing:
        marks = {label: f"\x000{mark}\x00" for mark, label in _CLOCK_LABELS.items()}
        html = render_to_string(
            "overview/board.html#board-rows",
            # The request as a variable only (the ticket link returns to the page): the rows
            # need none of the context processors.
            {
                "row_batch": [{**row, **marks} for row in missing],
                "all_desks": all_desks,
                "labels": labels,
                "request": request,
            },
        )
        # Each row is one <tr id="visit-…">: text inside it is escaped, so it cannot hold one.
        rendered = html.split(_ROW_START)[1:]
        for row, row_html in zip(missing, rendered, strict=True):
            key = (row["key"], row["tone"], row["flag"], all_desks, page)
            found[key] = _CLOCK_MARK.split(_ROW_START + row_html)
            remember(_ROW_HTML_MEMORY, key, found[key])
    escaped: dict[str, str] = {}
    out: list[str] = []
    # The standard library's escape: what Django's does, without its lazy-text wrapper per call.
    for row, key in zip(rows, keys, strict=True):
        pieces = cast(list[str], found[key])
        out.append(pieces[0])
        for at in range(1, len(pieces), 2):
            text = row[_CLOCK_LABELS[pieces[at]]]
            if text not in escaped:
                escaped[text] = escape_html(text)
            out += [escaped[text], pieces[at + 1]]
    return mark_safe("".join(out))  # noqa: S308 - escaped by the template, the minutes here
