"""The board's poll with nothing new: 304 Not Modified from one SQL statement, before the
middleware stack.

Every tablet polls its board every few seconds, and almost every poll finds nothing new. Through
the whole stack such a poll read the session, the user, the groups and the staff profile (and
ran sessions, messages, CSRF, OTP, kiosk and history middleware) just to say "nothing changed".
Here one statement reads the same facts at once (the session row, the user, the roles, the desk
and the desk's change stamp) and answers 304 only when every check the stack would make passes
and the board's entity tag is the one the tablet holds. In every other case (no session, an
expired, idle, locked or kiosk session, a user no longer active or allowed, another desk, any
change) the request goes on through the stack unchanged, which decides as it always did: this
path can only say "nothing new", never let anyone in.

Nothing is remembered between requests: every answer is checked against the database, so
several app servers stay consistent.
"""

import hashlib
import time
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import connection
from django.http import HttpRequest, HttpResponseBase, HttpResponseNotModified
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from hospital import desks, security
from hospital.middleware import chosen_language
from hospital.models import Desk, StaffProfile
from hospital.roles import Role
from reception import kiosk
from reception.models import BoardStamp

_NEVER_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private"
# The only session store and login backend whose checks this path repeats; with any other the
# poll goes through the stack.
_SESSION_ENGINE = "hospital.sessions"
_BACKEND = "django.contrib.auth.backends.ModelBackend"


def board_etag(
    *,
    desk_id: int | None,
    user_id: int,
    all_desks: bool,
    query: str,
    language: str,
    htmx: bool,
    counter: int,
    minute: int,
) -> str:
    """Return the board's entity tag: everything its answer depends on, hashed.

    The desk and the user are also in clear in front of the hash, so that a poll can be checked
    against them in one statement before anything else is read.
    """
    key = "|".join(
        str(part)
        for part in (desk_id or "", all_desks, query, language, user_id, htmx, counter, minute)
    )
    digest = hashlib.sha1(key.encode()).hexdigest()[:24]
    return f'W/"{desk_id or 0}.{user_id}.{digest}"'


def _tag_ids(tag: str) -> tuple[int, int] | None:
    """Return the (desk, user) a tag from board_etag names, or None for any other tag."""
    inner = tag.strip().removeprefix("W/").strip('"')
    parts = inner.split(".")
    if len(parts) != 3 or not (parts[0].isdigit() and parts[1].isdigit()):
        return None
    return int(parts[0]), int(parts[1])


@cache
def _facts_sql(all_desks: bool) -> str:
    """Return the one statement: the live session row, its user, and the desk's facts."""
    quote = connection.ops.quote_name
    user_groups = get_user_model().groups.through._meta.db_table
    profile_desks = StaffProfile.desks.through._meta.db_table

    def role(name: str) -> str:
        return (
            f"(SELECT COUNT(*) FROM {quote(user_groups)} ug JOIN {quote(Group._meta.db_table)} g "
            f"ON g.id = ug.group_id WHERE ug.user_id = u.id AND g.name = '{name}')"
        )

    profile = quote(StaffProfile._meta.db_table)
    stamps = quote(BoardStamp._meta.db_table)
    counter = (
        f"(SELECT SUM(b.counter) FROM {stamps} b)"
        if all_desks
        else f"(SELECT b.counter FROM {stamps} b WHERE b.desk_id = %(desk)s)"
    )
    return (
        "SELECT s.session_data, u.password, u.is_active, u.is_superuser, "
        f"{role(Role.GUIDE.value)}, {role(Role.SUPERVISOR.value)}, "
        f"(SELECT p.home_desk_id FROM {profile} p WHERE p.user_id = u.id), "
        f"(SELECT COUNT(*) FROM {quote(profile_desks)} pd JOIN {profile} p "
        "ON p.id = pd.staffprofile_id WHERE p.user_id = u.id AND pd.desk_id = %(desk)s), "
        f"(SELECT d.is_active FROM {quote(Desk._meta.db_table)} d WHERE d.id = %(desk)s), "
        f"{counter} "
        f"FROM {quote(Session._meta.db_table)} s "
        f"JOIN {quote(get_user_model()._meta.db_table)} u ON u.id = %(user)s "
        "WHERE s.session_key = %(session)s AND s.expire_date > %(now)s"
    )


@cache
def _board_path() -> str:
    return reverse("overview:board")


def _may_see_desk(
    session: dict[str, Any], desk_id: int, row: tuple[Any, ...], *, every_desk: bool
) -> bool:
    """Return whether `hospital.desks.current_desk` would pick `desk_id` for this session."""
    home_desk, assigned, desk_active = row[6], row[7], row[8]
    if not desk_active:
        return False
    pinned = session.get(desks.SESSION_KEY)
    if pinned is None:
        # Without a desk chosen on the tablet, the board opens on the home desk.
        return home_desk == desk_id
    return pinned == desk_id and (every_desk or home_desk == desk_id or bool(assigned))


# A tablet polls with the same session row and password hash again and again; decoding the one
# (a signature check) and hashing the other were a tenth of the 304's CPU. Both are pure: the
# same text gives the same answer while the secret key stands.
@lru_cache(maxsize=1024)
def _decoded(session_data: str) -> dict[str, Any]:
    """Return the session's contents (read only: the dict is shared between polls)."""
    return SessionStore().decode(session_data)


@lru_cache(maxsize=1024)
def _session_auth_hash(password: str) -> str:
    """Return the hash a login keeps in its session for a user with this password hash."""
    return get_user_model()(password=password).get_session_auth_hash()


def _session_allows(session: dict[str, Any], user_id: int, row: tuple[Any, ...]) -> bool:
    """Return whether the stack would let this session's user reach the board unchanged: the
    login still valid (same user, backend and password), the user active and allowed, the
    session neither locked, in kiosk mode, idle nor older than a shift."""
    password, is_active, is_superuser, guide, supervisor = row[1:6]
    if str(session.get(SESSION_KEY)) != str(user_id) or session.get(BACKEND_SESSION_KEY) != (
        _BACKEND
    ):
        return False
    if not (is_active and (is_superuser or guide or supervisor)):
        return False
    if session.get(HASH_SESSION_KEY) != _session_auth_hash(password):
        return False
    if session.get(security.LOCKED) is not None or session.get(kiosk.SESSION_KEY) is not None:
        return False
    started, last = session.get(security.LOGGED_IN_AT), session.get(security.LAST_ACTIVITY)
    if not (isinstance(started, float | int) and isinstance(last, float | int)):
        return False
    now = time.time()
    return (
        now - started <= settings.SESSION_ABSOLUTE_SECONDS
        and now - last <= settings.SESSION_IDLE_SECONDS
    )


def unchanged_poll(request: HttpRequest) -> HttpResponseBase | None:
    """Return 304 for a board poll whose tag still holds and whose session the stack would let
    through; None sends the request on through the stack."""
    tag = request.META.get("HTTP_IF_NONE_MATCH", "")
    ids = _tag_ids(tag) if "," not in tag else None
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if ids is None or not session_key or settings.SESSION_ENGINE != _SESSION_ENGINE:
        return None
    desk_id, user_id = ids
    all_desks = request.GET.get("desks") == "all"
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(
            _facts_sql(all_desks),
            {
                "desk": desk_id,
                "user": user_id,
                "session": session_key,
                "now": connection.ops.adapt_datetimefield_value(now),
            },
        )
        row = cursor.fetchone()
    if row is None:
        return None
    session = _decoded(row[0])
    every_desk = bool(row[3] or row[5])
    if not _session_allows(session, user_id, row):
        return None
    if not _may_see_desk(session, desk_id, row, every_desk=every_desk):
        return None
    current = board_etag(
        desk_id=desk_id,
        user_id=user_id,
        all_desks=all_desks,
        query=request.GET.urlencode(),
        language=chosen_language(request),
        htmx=True,
        counter=int(row[9] or 0),
        minute=int(now.timestamp() // 60),
    )
    if current != tag.strip():
        return None
    response = HttpResponseNotModified()
    response["ETag"] = current
    response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
    # What add_never_cache_headers writes, written at once (it parses and merges the header).
    response["Expires"] = http_date()
    response["Cache-Control"] = _NEVER_CACHE
    return response


class BoardPollMiddleware:
    """Answer the board's unchanged polls before the rest of the stack (see the module)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if (
            request.method == "GET"
            and request.path_info == _board_path()
            # From the environ: `request.headers` would first rebuild every header's name.
            and request.META.get("HTTP_HX_REQUEST") == "true"
            and "HTTP_IF_NONE_MATCH" in request.META
        ):
            answer = unchanged_poll(request)
            if answer is not None:
                return answer
        return self.get_response(request)
