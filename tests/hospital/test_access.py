"""Every URL needs a login except the login page, the health check, the QR self-service pages and
the hall display, which a registered device opens with its own token."""

import re

import pytest
from django.db import transaction
from django.http import HttpResponseBase
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

# The self-service pages a visitor opens by QR code on their own phone hold an unguessable token.
PUBLIC = {"/accounts/login/", "/healthz", "/admin/login/", "/s/c/x/", "/s/v/x/", "/s/q/x/"}
# A hall display is a registered device, not a login: a token that is not one is refused outright.
DEVICE = {"/hall/display/x/", "/hall/display/x/state/"}


def _walk(patterns, prefix: str = ""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern)


def _example_path(pattern: str) -> str:
    """Turn a route or regex into a concrete path with placeholder arguments."""
    path = re.sub(r"<(?:int:)?[\w]+>", "1", pattern)
    path = re.sub(r"<(?:uuid):\w+>", "00000000-0000-0000-0000-000000000000", path)
    path = re.sub(r"<(?:str|slug|path):\w+>", "x", path)
    path = re.sub(r"\(\?P<\w+>[^)]*\)", "1", path)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    path = re.sub(r"[?*+]", "", path)
    return "/" + path


def all_paths() -> list[str]:
    return sorted({_example_path(p) for p in _walk(get_resolver().url_patterns)})


def refusal(response: HttpResponseBase, path: str) -> str | None:
    """Return how an anonymous request to the path was not refused, or None when it was."""
    if path in DEVICE:
        return None if response.status_code == 403 else f"{response.status_code}, not 403"
    location = response.get("Location", "")
    if path.startswith("/admin/"):
        # The admin keeps its own login page, and its catch-all answers unknown paths with it.
        if response.status_code == 404 or (response.status_code == 302 and "/login/" in location):
            return None
        return f"{response.status_code} to {location!r}"
    if response.status_code == 302 and location.startswith("/accounts/login/"):
        return None
    return f"{response.status_code} to {location!r}"


@pytest.mark.django_db
def test_anonymous_request_is_sent_to_login() -> None:
    # One test walks every path (a test per request cost pytest more than the request) and fails
    # with every path that lets an anonymous visitor in and what it answered. Each path gets a
    # client of its own so that no cookie of one answer reaches the next request.
    paths = [p for p in all_paths() if p not in PUBLIC and not p.startswith("/static/")]
    assert paths
    misses = []
    for path in paths:
        try:
            # A savepoint each, so that one path's crash leaves the others their transaction.
            with transaction.atomic():
                how = refusal(Client().get(path), path)
        except Exception as error:  # a crash is a miss too: the walk goes on to list the rest
            how = repr(error)
        if how is not None:
            misses.append((path, how))
    assert not misses, "\n".join(map(repr, misses))


def test_walk_finds_the_apps_urls() -> None:
    paths = all_paths()
    assert "/" in paths and "/healthz" in paths and "/accounts/login/" in paths


@pytest.mark.django_db
def test_health_check_answers_without_login(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_health_check_reports_503_when_the_database_fails(client, monkeypatch) -> None:
    from django.db import DatabaseError, connection

    def broken_cursor(*args, **kwargs):
        raise DatabaseError("down")

    if connection.vendor == "postgresql":
        # The check opens a connection of its own there: send it where nothing listens.
        from django.conf import settings

        monkeypatch.setitem(settings.DATABASES["default"], "PORT", "1")
    else:
        monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
