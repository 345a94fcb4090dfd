"""Complaint lists remembered between requests, under a key of everything they show.

A list of complaints is the same for every request of the same person until a complaint changes
or the clock passes one of their due times, so it is rendered once and given again while both
hold. The key is:

- the person: their id, their roles, what decides their scope (the departments they manage, the
  desk their tablet works at);
- the language, the time zone and the page's full address (filters, search, page, order), and
  whether htmx asked for a part of it;
- the complaints' change stamp, read on every request in one statement from the ends of two
  primary keys: a new complaint raises the largest id, and every change of one writes a history
  row (the services save through `save_as`, department links included), which raises the
  largest history id. A page is never given after a change to a complaint was committed.

A remembered page also ends, whatever its key, at the first due time of any open complaint after
it was rendered (where an overdue, due-today or escalated mark or filter would change), at local
midnight (where "today" moves) and after MAX_AGE seconds, which bounds how long a renamed
department or colleague, read but not stamped, can show under its old name.
"""

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from typing import Any

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import connection
from django.db.models import Min, Q
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.template.response import SimpleTemplateResponse
from django.utils import timezone, translation

from hospital.clock import day_bounds
from hospital.models import Department
from hospital.roles import Role, has_role, roles_of

from .models import Complaint, sees_all_complaints

# The longest a remembered page is given: what no stamp covers is read again after it.
MAX_AGE = 60
# Where each answer's CSRF token goes: no text from the database holds a NUL character.
CSRF_MARK = "\x00csrf\x00"


def _stamp_sql() -> str:
    quote = connection.ops.quote_name
    history = Complaint.history.model._meta.db_table
    return (
        f"SELECT (SELECT MAX(id) FROM {quote(Complaint._meta.db_table)}),"
        f" (SELECT MAX(history_id) FROM {quote(history)})"
    )


def change_stamp() -> str:
    """Return what changes whenever a complaint is added or changed (one indexed statement)."""
    with connection.cursor() as cursor:
        cursor.execute(_stamp_sql())
        return ":".join(str(value) for value in cursor.fetchone())


def complaint_scope(user: Any) -> list[object] | None:
    """Return what decides which complaints a supervisor or manager sees (for `page_key`):
    nothing for those who see them all, the departments a manager manages; None for others."""
    if sees_all_complaints(user):
        return []
    if has_role(user, Role.DEPARTMENT_MANAGER):
        return ["managed", *Department.objects.managed_by(user).values_list("pk", flat=True)]
    return None


def page_key(request: HttpRequest, name: str, scope: Iterable[object] = ()) -> str:
    """Return the key of this person's page `name` at this address, as the complaints are now."""
    user = request.user
    parts = [
        name,
        str(user.pk),
        ",".join(sorted(roles_of(user))),
        str(getattr(user, "is_superuser", False)),
        ",".join(str(part) for part in scope),
        translation.get_language() or "",
        timezone.get_current_timezone_name(),
        request.get_full_path(),
        request.headers.get("HX-Request", ""),
        change_stamp(),
    ]
    return f"complaint-page:{name}:" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()


def good_until(now: dt.datetime) -> float:
    """Return when a list rendered at `now` may first look different with no complaint changed:
    the next due time of an open complaint, local midnight, or MAX_AGE from now."""
    due = Complaint.objects.open().aggregate(
        first=Min(
            "first_response_due",
            filter=Q(status=Complaint.Status.RECEIVED, first_response_due__gt=now),
        ),
        final=Min("final_answer_due", filter=Q(final_answer_due__gt=now)),
    )
    _today, midnight = day_bounds(timezone.localdate(now))
    ends = [midnight, now + dt.timedelta(seconds=MAX_AGE), *(t for t in due.values() if t)]
    return min(ends).timestamp()


def remembered_html(key: str, render: Callable[[], str]) -> str:
    """Return the HTML remembered under `key` while it holds, else `render` and remember it."""
    now = timezone.now()
    entry = cache.get(key)
    if entry is not None and now.timestamp() < entry[0]:
        html: str = entry[1]
        return html
    # Read before rendering: a due time passing while the page renders ends it at once.
    until = good_until(now)
    html = render()
    cache.set(key, (until, html), MAX_AGE)
    return html


class _NotAPage(Exception):
    """The view answered something else than a whole page to remember (a redirect, an error)."""

    def __init__(self, response: HttpResponse) -> None:
        self.response = response


def remembered(
    request: HttpRequest, key: str, render: Callable[[dict[str, Any]], HttpResponse]
) -> HttpResponse:
    """Return the page remembered under `key`, or `render` it (given the context to add) and
    remember it when it is a 200 page; every answer with a CSRF token of its own.

    A POST, and a request with messages to show, are rendered as they come.
    """
    if request.method != "GET" or len(get_messages(request)):
        return render({})

    def page() -> str:
        response = render({"csrf_token": CSRF_MARK})
        if isinstance(response, SimpleTemplateResponse):
            response.render()
        if response.status_code != 200 or response.streaming:
            raise _NotAPage(response)
        return response.content.decode(response.charset)

    try:
        html = remembered_html(key, page)
    except _NotAPage as other:
        response = other.response
        if not response.streaming:
            response.content = response.content.replace(
                CSRF_MARK.encode(), get_token(request).encode()
            )
        return response
    return HttpResponse(html.replace(CSRF_MARK, get_token(request)))
