"""Kiosk mode: the tablet in a visitor's hands shows one visitor-facing page and nothing else.

A guide hands the tablet over for the exit survey; from then on the session is in kiosk mode
and every staff URL sends the browser back to the kiosk page, until the staff member who is
logged in types their PIN or password again (`hospital.pins.UnlockForm`). The state lives in
the session, so it holds across reloads, typed URLs and the back button, and it is enforced
here, on the server.
"""

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

SESSION_KEY = "kiosk"

# What a visitor may reach: the kiosk's own pages, the language switcher, and the endpoints
# that end a session (logging out hides everything; the idle ping lets the timeout warn).
ALLOWED_VIEWS = frozenset(
    {
        "reception:kiosk_feedback",
        "reception:kiosk_done",
        "reception:kiosk_unlock",
        "set_language",
        "logout",
        "login",
        "session_keepalive",
    }
)


def kiosk_state(request: HttpRequest) -> dict[str, Any] | None:
    """Return the kiosk state of this session, or None when the staff screen is unlocked."""
    state = request.session.get(SESSION_KEY)
    return state if isinstance(state, dict) else None


def kiosk_home(state: dict[str, Any]) -> str:
    """Return the kiosk page the visitor is on: the survey, or its thanks once it is sent."""
    name = "reception:kiosk_done" if state.get("feedback") else "reception:kiosk_feedback"
    return reverse(name)


class KioskMiddleware:
    """While a session is in kiosk mode, send every other URL back to the kiosk page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        state = kiosk_state(request) if hasattr(request, "session") else None
        if state is not None and not self._allowed(request.path_info):
            response = redirect(kiosk_home(state))
            if request.headers.get("HX-Request"):
                # htmx would swap the kiosk page into a fragment; make it load the whole page.
                response["HX-Redirect"] = response["Location"]
            return response
        return self.get_response(request)

    @staticmethod
    def _allowed(path: str) -> bool:
        try:
            match = resolve(path)
        except Resolver404:
            return False
        return match.view_name in ALLOWED_VIEWS
