"""Who may stay logged in, and what every response says about itself.

- `SessionLimitsMiddleware`: a session ends after SESSION_IDLE_SECONDS without activity (a shared
  tablet left on the desk) and SESSION_ABSOLUTE_SECONDS after its login (one shift), whatever the
  browser's JavaScript does. A guide or security officer with a PIN (`hospital.pins`) is locked
  instead of logged out when idle: the lock screen takes the PIN or password until the shift's
  absolute limit.
- `AdminTwoFactorMiddleware`: staff open the admin only after a TOTP code in this session.
- `SecurityHeadersMiddleware`: Permissions-Policy on every response; `Cache-Control: no-store` on
  every response to a logged-in user (pages, partials, exports and PDFs all carry personal data).
- `lockout_response`: django-axes' answer to a locked-out login, the login page with the reason.
- `record_login`: the login's time for the shift limit, and the last login without a history row.
"""

import time
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any
from urllib.parse import urlencode

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import NON_FIELD_ERRORS
from django.forms.utils import ErrorDict
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import render, resolve_url
from django.template.response import TemplateResponse
from django.urls import Resolver404, get_script_prefix, get_urlconf, resolve, reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp.middleware import is_verified

from .pins import pin_failures_reset, usable_pin

Middleware = Callable[[HttpRequest], HttpResponseBase]

LOGGED_IN_AT = "front_desk_logged_in_at"
LAST_ACTIVITY = "front_desk_last_activity"
# Set while the session is locked: the address to return to once the PIN or password is typed.
LOCKED = "front_desk_locked"
# Whether this session locks (rather than ends) when idle: the idle warning says which.
LOCKS_WHEN_IDLE = "front_desk_locks_when_idle"
# What a locked session may still reach: the lock screen, logging out, the language.
_OPEN_WHILE_LOCKED = frozenset({"session_locked", "logout", "set_language"})
# Writing the session on every request would cost a database write per page; a few seconds of
# imprecision on a 15-minute limit costs nothing.
_ACTIVITY_RESOLUTION = 10


def is_background_request(request: HttpRequest) -> bool:
    """Return whether the request was made by the page itself, not by the person using it.

    htmx GETs (the board's refresh every few seconds, a list reloading) are the page polling; a
    tablet left alone would otherwise never be idle. Anything the person does (a link, a form,
    an htmx POST, the "stay logged in" button) counts as activity.
    """
    return request.headers.get("HX-Request") == "true" and request.method == "GET"


def remaining_idle_seconds(request: HttpRequest) -> int:
    """Return how many seconds this session has left before the idle logout."""
    last = request.session.get(LAST_ACTIVITY) or time.time()
    return max(0, int(settings.SESSION_IDLE_SECONDS - (time.time() - last)))


class SessionLimitsMiddleware:
    """Log out a session idle too long or older than one shift, and say why on the login page."""

    def __init__(self, get_response: Middleware) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.user.is_authenticated:
            refusal = self._check(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)

    def _check(self, request: HttpRequest) -> HttpResponseBase | None:
        now = time.time()
        session = request.session
        started = session.setdefault(LOGGED_IN_AT, now)
        last = session.get(LAST_ACTIVITY) or started
        if now - started > settings.SESSION_ABSOLUTE_SECONDS:
            message = _("Your session lasted a whole shift: please log in again.")
        elif session.get(LOCKED) is not None:
            return _locked_response(request)
        elif now - last > settings.SESSION_IDLE_SECONDS:
            if usable_pin(request.user) is not None:
                session[LOCKED] = _page_of(request)
                return _locked_response(request)
            minutes = settings.SESSION_IDLE_SECONDS // 60
            message = ngettext(
                "You were logged out after %(minutes)d minute without activity.",
                "You were logged out after %(minutes)d minutes without activity.",
                minutes,
            ) % {"minutes": minutes}
        else:
            active = not is_background_request(request)
            if LAST_ACTIVITY not in session or (active and now - last >= _ACTIVITY_RESOLUTION):
                session[LAST_ACTIVITY] = now
            return None
        logout(request)
        messages.info(request, message)
        return _send_to(request, resolve_url(settings.LOGIN_URL), with_next=True)


def _page_of(request: HttpRequest) -> str:
    """Return the page the person was on (for htmx: the page around the fragment)."""
    if request.headers.get("HX-Request") == "true":
        current = request.headers.get("HX-Current-URL") or ""
        return current if url_has_allowed_host_and_scheme(current, {request.get_host()}) else ""
    return request.get_full_path() if request.method == "GET" else ""


def _send_to(request: HttpRequest, url: str, *, with_next: bool) -> HttpResponse:
    """Redirect the whole tab to `url` (an htmx swap would put that page inside the board)."""
    page = _page_of(request)
    if with_next and page:
        url = f"{url}?{urlencode({'next': page})}"
    if request.headers.get("HX-Request") == "true":
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url)


def _locked_response(request: HttpRequest) -> HttpResponseBase | None:
    """Let a locked session reach only the lock screen (and logging out); None lets it through."""
    try:
        name = resolve(request.path_info).view_name
    except Resolver404:
        name = ""
    if name in _OPEN_WHILE_LOCKED:
        return None
    return _send_to(request, reverse("session_locked"), with_next=False)


def session_unlock(request: HttpRequest) -> str:
    """Open a locked session again (its owner typed the PIN or password); return where it was."""
    page = request.session.pop(LOCKED, "") or ""
    request.session[LAST_ACTIVITY] = time.time()
    return page


def session_is_locked(request: HttpRequest) -> bool:
    return request.session.get(LOCKED) is not None


def record_login(sender: Any, request: HttpRequest, user: AbstractBaseUser, **kwargs: Any) -> None:
    """Start the shift clock of a new session, and note the last login without a history row.

    Connected in place of Django's `update_last_login`: the user's history records changes to
    the account (groups, staff, active), not every login — axes' log records those.
    """
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[LOGGED_IN_AT] = now
        request.session[LAST_ACTIVITY] = now
        request.session[LOCKS_WHEN_IDLE] = usable_pin(user) is not None
    # The password is proved: a PIN blocked by wrong tries works again.
    pin_failures_reset(user)
    user.last_login = timezone.now()
    user.skip_history_when_saving = True  # type: ignore[attr-defined]
    try:
        user.save(update_fields=["last_login"])
    finally:
        del user.skip_history_when_saving  # type: ignore[attr-defined]


@lru_cache(maxsize=16)
def _admin_paths(urlconf: str, script_prefix: str) -> tuple[str, frozenset[str]]:
    """Return the admin's own address and those of its login and logout pages.

    Reversed once per URLconf and script prefix (both in the key: `reverse` reads them), not
    three times on every request of a member of staff.
    """
    del script_prefix  # only the key: reverse reads it from the request's thread
    return reverse("admin:index", urlconf), frozenset(
        reverse(name, urlconf) for name in ("admin:login", "admin:logout")
    )


class AdminTwoFactorMiddleware:
    """Send staff to the TOTP check (or to enrol a device) before any admin page.

    The admin's own login and logout stay open: the password comes first, the code second.
    ADMIN_OTP_REQUIRED turns the check off (only the test suite does; `check --deploy` warns).
    """

    def __init__(self, get_response: Middleware) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if settings.ADMIN_OTP_REQUIRED and self._needs_code(request):
            return HttpResponseRedirect(
                f"{reverse('otp_verify')}?{urlencode({'next': request.get_full_path()})}"
            )
        return self.get_response(request)

    def _needs_code(self, request: HttpRequest) -> bool:
        user = request.user
        if not (user.is_authenticated and user.is_staff):
            return False
        urlconf = get_urlconf() or settings.ROOT_URLCONF  # what `reverse` would use
        prefix, open_pages = _admin_paths(urlconf, get_script_prefix())
        if not request.path.startswith(prefix) or request.path in open_pages:
            return False
        return not is_verified(user)


class SecurityHeadersMiddleware:
    """Add Permissions-Policy everywhere and no-store to every answer to a logged-in user.

    Static files never reach this middleware (WhiteNoise answers them first), so they stay
    cacheable; everything else a logged-in person receives may name a patient.
    """

    def __init__(self, get_response: Middleware) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not _never_cached(response):
            add_never_cache_headers(response)
        return response


@cache
def _never_cache_control() -> str:
    """Return the Cache-Control that `add_never_cache_headers` gives a response without one."""
    response = HttpResponse()
    add_never_cache_headers(response)
    return response["Cache-Control"]


def _never_cached(response: HttpResponseBase) -> bool:
    """Return whether `add_never_cache_headers` has nothing to add (the admin's `never_cache`
    wrote them already): its Cache-Control, exactly, and an Expires."""
    return response.get("Cache-Control") == _never_cache_control() and "Expires" in response


# What a view may put on its response to change the policy (django-csp's decorators); a response
# carrying one of them, or a request that asked for a nonce, goes through django-csp's build.
_POLICY_OF_ITS_OWN = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)
_policies: dict[str, tuple[object, str]] = {}


def _policy_of_settings(setting: str, report_only: bool) -> str:
    """Return django-csp's header for `setting` as it stands, built once while it stays the same
    object (overriding the setting, as tests do, builds it again)."""
    config = getattr(settings, setting, None)
    kept = _policies.get(setting)
    if kept is None or kept[0] is not config:
        kept = _policies[setting] = (config, build_policy(report_only=report_only))
    return kept[1]


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the policy of the settings built once per process.

    django-csp builds both headers from the settings on every response (the settings copied
    twice, every directive joined): the same text each time. A response whose view changed the
    policy, or a request that asked for a nonce, still goes through django-csp's own build; the
    rules for setting the headers are django-csp's (not over a header already set, not when
    exempt, not under an excluded prefix, not on a debug 404 or 500).
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if getattr(request, "_csp_nonce", None) is not None or any(
            hasattr(response, name) for name in _POLICY_OF_ITS_OWN
        ):
            return super().process_response(request, response)
        if response.status_code in (500, 404) and settings.DEBUG:
            return response
        for header, setting, exempt, report_only in (
            (HEADER, "CONTENT_SECURITY_POLICY", "_csp_exempt", False),
            (HEADER_REPORT_ONLY, "CONTENT_SECURITY_POLICY_REPORT_ONLY", "_csp_exempt_ro", True),
        ):
            policy = _policy_of_settings(setting, report_only)
            prefixes = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
            if (
                policy
                and header not in response
                and getattr(response, exempt, False) is False
                and not request.path_info.startswith(tuple(prefixes))
            ):
                response[header] = policy
        # As django-csp: a nonce asked for after the header was written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)  # type: ignore[attr-defined]
        return response


def lockout_message(request: HttpRequest) -> str:
    """Return the translated reason a login is refused after too many failures."""
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    if cool_off:
        minutes = max(1, int(cool_off.total_seconds() // 60))
        return ngettext(
            "Too many failed logins: this account is locked on this device for %(minutes)d "
            "minute. An administrator can unlock it sooner.",
            "Too many failed logins: this account is locked on this device for %(minutes)d "
            "minutes. An administrator can unlock it sooner.",
            minutes,
        ) % {"minutes": minutes}
    return _(
        "Too many failed logins: this account is locked on this device. "
        "Ask an administrator to unlock it."
    )


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponseBase | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponseBase:
    """Show the login page again (the app's or the admin's) with the lockout as its error."""
    message = lockout_message(request)
    status = settings.AXES_HTTP_RESPONSE_CODE
    if isinstance(original_response, TemplateResponse) and original_response.context_data:
        form = original_response.context_data.get("form")
        if form is not None:
            form._errors = ErrorDict({NON_FIELD_ERRORS: form.error_class([message])})
            original_response.content = original_response.rendered_content
            original_response.status_code = status
            return original_response
    return render(request, "registration/locked_out.html", {"message": message}, status=status)
