"""Complaint lists remembered between requests, under a key of everything they show.

A list of complaints is the same for every request of the same person until a complaint changes
or the clock passes one of their due times, so it is rendered once and given again while both
hold. The key is:

- the person: their id, their roles, what decides their scope (the departments they manage, the
  desk their tablet works at);
- the language, the time zone and the page's full address (filters, search, page, order), and
  whether htmx asked for a part of it;
- the change stamp: the largest id of the complaints and the largest history id of the
  complaints, the departments and the staff (every change of a complaint, its department links
  included, goes through `save_as` and writes a history row; so does renaming a department or a
  colleague the lists name).

What a list needs on every request, remembered or not (whether the person may list complaints,
the departments they manage, the stamp) is read in one statement (`read_gate`); the roles come
with the user (`roles_of`, read with the user by the authentication middleware).

A largest id is not a counter bumped in the writer's transaction: two changes can commit out of
the order of their ids, and a page rendered between the two commits would hold the later id and
miss the earlier change. So a page is remembered only when no other transaction is writing to
the tables of the stamp after the stamp was read (`writes_in_flight`, PostgreSQL's lock table):
a change committed by then is in the page, and one begun later takes a larger id, which changes
the key when it commits. A page is never given after a change to what it shows was committed.

A remembered page also ends, whatever its key, at the first due time of any open complaint after
it was rendered (where an overdue, due-today or escalated mark or filter would change) and at
local midnight (where "today" moves).
"""

import dataclasses
import datetime as dt
import hashlib
import math
import secrets
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.auth import get_permission_codename, get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.core.cache import cache as page_cache
from django.db import connection
from django.db.models import Min, Model, Q
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, get_token
from django.template.response import SimpleTemplateResponse
from django.utils import timezone, translation

from hospital.clock import day_bounds
from hospital.models import Department
from hospital.records import writes_in_flight
from hospital.roles import Role, roles_of

from .models import Complaint

# Where each answer's CSRF token goes: no text from the database holds a NUL character.
CSRF_MARK = "\x00csrf\x00"
# A CSRF token's characters by their place in the alphabet, and the bytes drawn fairly for it.
_CSRF_INDEX = {char: n for n, char in enumerate(CSRF_ALLOWED_CHARS)}
_CSRF_FAIR = 256 - 256 % len(CSRF_ALLOWED_CHARS)

T = TypeVar("T")


def _history_table(model: type[Model]) -> str:
    history: type[Model] = model.history.model  # type: ignore[attr-defined]
    return history._meta.db_table


def _stamp_tables() -> list[tuple[str, str]]:
    """Return the (table, id column) pairs whose largest id is the change stamp."""
    return [
        (Complaint._meta.db_table, "id"),
        (_history_table(Complaint), "history_id"),
        (_history_table(Department), "history_id"),
        (_history_table(get_user_model()), "history_id"),
    ]


def _written_tables() -> list[str]:
    """Return the tables a change to what the lists show writes to (`writes_in_flight`)."""
    return [
        *(table for table, _column in _stamp_tables()),
        Complaint.departments.through._meta.db_table,
    ]


@cache
def _gate_sql() -> str:
    """Return the statement of `read_gate`: rows of (what, number, text).

    ('may', -, -) when the person holds the permission to view or change complaints on their
    account or through a group; ('manages', id, code) per department they manage; ('stamp', -, the largest ids of the stamp's tables joined by colons).
    """
    quote = connection.ops.quote_name
    user_model = get_user_model()
    own = quote(user_model.user_permissions.through._meta.db_table)
    members = quote(user_model.groups.through._meta.db_table)
    granted = quote(Group.permissions.through._meta.db_table)
    managers = quote(Department.managers.through._meta.db_table)
    none_number, none_text = "CAST(NULL AS BIGINT)", "CAST(NULL AS TEXT)"
    parts = [
        f"SELECT 'may', {none_number}, {none_text} WHERE EXISTS (SELECT 1"
        f" FROM {quote(Permission._meta.db_table)} p WHERE p.content_type_id = (SELECT ct.id"
        f" FROM {quote(ContentType._meta.db_table)} ct WHERE ct.app_label = %s AND ct.model = %s)"
        " AND p.codename IN (%s, %s)"
        f" AND (EXISTS (SELECT 1 FROM {own} o WHERE o.user_id = %s AND o.permission_id = p.id)"
        f" OR EXISTS (SELECT 1 FROM {granted} g JOIN {members} m ON m.group_id = g.group_id"
        " WHERE m.user_id = %s AND g.permission_id = p.id)))",
        f"SELECT 'manages', d.id, d.code FROM {quote(Department._meta.db_table)} d"
        f" JOIN {managers} dm ON dm.department_id = d.id WHERE dm.user_id = %s",
        # The stamp as one text: the largest ids joined by colons (empty for an empty table).
        "SELECT 'stamp', "
        + none_number
        + ", "
        + " || ':' || ".join(
            f"COALESCE(CAST((SELECT MAX({quote(column)}) FROM {quote(table)}) AS TEXT), '')"
            for table, column in _stamp_tables()
        ),
    ]
    return " UNION ALL ".join(parts)


@cache
def _gate_constants() -> tuple[str, ...]:
    """Return the statement's fixed parameters: the permissions' app, model and codenames."""
    opts = Complaint._meta
    codenames = (get_permission_codename(action, opts) for action in ("view", "change"))
    return (opts.app_label, str(opts.model_name), *codenames)


@dataclasses.dataclass(frozen=True)
class Gate:
    """What a complaint list reads on every request, remembered or not (`read_gate`)."""

    # The person holds "view complaint" or "change complaint" on their account or through a
    # group (a no is not final: a superuser, another backend; Django's check decides then).
    may_list: bool
    roles: frozenset[str]
    # The departments the person manages, by id, and whether the patient services centre is one.
    managed: tuple[int, ...]
    manages_centre: bool
    stamp: str
    is_superuser: bool

    def scope(self) -> list[object] | None:
        """Return what decides which complaints the person sees, as `sees_all_complaints` and
        `visible_to` decide it: nothing for those who see them all, the departments a manager
        manages; None for the others (guides: their desk, not read here)."""
        if self.is_superuser or Role.SUPERVISOR in self.roles:
            return []
        if Role.DEPARTMENT_MANAGER not in self.roles:
            return None
        if self.manages_centre:
            return []
        return ["managed", *self.managed]


def read_gate(user: Any) -> Gate:
    """Return the person's gate to the complaint lists, read in one statement.

    Django's ModelBackend reads all of a person's permissions in two ORM queries; the
    departments managed and the stamp were statements more, on every request of a page that is
    otherwise given from memory.
    """
    pk = user.pk
    with connection.cursor() as cursor:
        cursor.execute(_gate_sql(), [*_gate_constants(), pk, pk, pk])
        rows = cursor.fetchall()
    centre = settings.ROLE_DEPARTMENTS["patient_services"]
    managed = sorted((number, text) for what, number, text in rows if what == "manages")
    return Gate(
        may_list=bool(getattr(user, "is_active", False))
        and any(what == "may" for what, _number, _text in rows),
        roles=roles_of(user),
        managed=tuple(number for number, _code in managed),
        manages_centre=any(code == centre for _number, code in managed),
        stamp=next(text for what, _number, text in rows if what == "stamp"),
        is_superuser=bool(getattr(user, "is_superuser", False)),
    )


def page_key(request: HttpRequest, name: str, gate: Gate, scope: Iterable[object] = ()) -> str:
    """Return the key of this person's page `name` at this address, as the complaints are now."""
    parts = [
        name,
        str(request.user.pk),
        ",".join(sorted(gate.roles)),
        str(gate.is_superuser),
        ",".join(str(part) for part in scope),
        translation.get_language() or "",
        timezone.get_current_timezone_name(),
        request.get_full_path(),
        request.headers.get("HX-Request", ""),
        gate.stamp,
    ]
    return f"complaint-page:{name}:" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()


def good_until(now: dt.datetime) -> float:
    """Return when a list rendered at `now` may first look different with no complaint changed:
    the next due time of an open complaint, or local midnight."""
    due = Complaint.objects.open().aggregate(
        first=Min(
            "first_response_due",
            filter=Q(status=Complaint.Status.RECEIVED, first_response_due__gt=now),
        ),
        final=Min("final_answer_due", filter=Q(final_answer_due__gt=now)),
    )
    _today, midnight = day_bounds(timezone.localdate(now))
    return min([midnight, *(t for t in due.values() if t)]).timestamp()


def remembered_value(key: str, render: Callable[[], T]) -> T:
    """Return what is remembered under `key` while it holds, else `render` it, and remember it
    unless a change to what it shows was being written when it was asked for."""
    now = timezone.now()
    entry = page_cache.get(key)
    if entry is not None and now.timestamp() < entry[0]:
        value: T = entry[1]
        return value
    # Read before rendering: a due time passing while the page renders ends it at once, and a
    # change being written now may commit with a smaller id than the stamp in the key.
    until = good_until(now)
    unsettled = writes_in_flight(_written_tables())
    value = render()
    if not unsettled:
        page_cache.set(key, (until, value), max(1, math.ceil(until - now.timestamp())))
    return value


def remembered_html(key: str, render: Callable[[], str]) -> str:
    """Return the HTML remembered under `key` while it holds, else `render` and remember it."""
    return remembered_value(key, render)


def csrf_token(request: HttpRequest) -> str:
    """Return a CSRF token of its own for this answer, as `get_token` does, masked in one pass.

    `get_token` draws the mask's 32 characters with one `secrets.choice` each: 0.1 ms, a fortieth
    of a remembered page. The same mask from 32 random bytes (a byte past the last whole multiple
    of the alphabet is drawn again, so that every character is as likely), the same cipher.
    """
    secret = request.META.get("CSRF_COOKIE")
    if not isinstance(secret, str) or len(secret) != CSRF_SECRET_LENGTH:
        return get_token(request)  # no secret yet: Django makes one and sets its cookie
    try:
        plain = [_CSRF_INDEX[char] for char in secret]
    except KeyError:
        return get_token(request)
    # Send the cookie again (a later expiry), as get_token asks.
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    size = len(CSRF_ALLOWED_CHARS)
    mask: list[int] = []
    while len(mask) < CSRF_SECRET_LENGTH:
        mask += [
            byte % size for byte in secrets.token_bytes(CSRF_SECRET_LENGTH) if byte < _CSRF_FAIR
        ]
    mask = mask[:CSRF_SECRET_LENGTH]
    chars = CSRF_ALLOWED_CHARS
    return "".join(chars[m] for m in mask) + "".join(
        chars[(p + m) % size] for p, m in zip(plain, mask, strict=True)
    )


class _NotAPage(Exception):
    """The view answered something else than a whole page to remember (a redirect, an error)."""

    def __init__(self, response: HttpResponse) -> None:
        self.response = response


def remembered(
    request: HttpRequest, key: str, render: Callable[[dict[str, Any]], HttpResponse]
) -> HttpResponse:
    """Return the page remembered under `key`, or `render` it (given the context to add) and
    remember it when it is a 200 page; every answer with a CSRF token of its own.

    The page is remembered as the bytes between its CSRF marks: searching 60 KB of Chinese text
    for the mark and unpickling it as text cost 0.25 ms an answer, joining bytes a hundredth.
    A POST, and a request with messages to show, are rendered as they come.
    """
    if request.method != "GET" or len(get_messages(request)):
        return render({})

    def page() -> tuple[bytes, ...]:
        response = render({"csrf_token": CSRF_MARK})
        if isinstance(response, SimpleTemplateResponse):
            response.render()
        if response.status_code != 200 or response.streaming:
            raise _NotAPage(response)
        return tuple(response.content.split(CSRF_MARK.encode(response.charset)))

    try:
        pieces = remembered_value(key, page)
    except _NotAPage as other:
        response = other.response
        if not response.streaming:
            response.content = response.content.replace(
                CSRF_MARK.encode(response.charset), csrf_token(request).encode()
            )
        return response
    return HttpResponse(csrf_token(request).encode().join(pieces))
