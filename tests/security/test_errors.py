"""Errors a person can meet: friendly, translated, and the 500 page even without a database."""

import socket
import time

import pytest
from django.db import DatabaseError, connection
from django.test import Client

pytestmark = pytest.mark.django_db


def test_an_unknown_page_is_the_friendly_404_in_the_users_language(guide_client) -> None:
    guide_client.get("/accounts/login/?language=en")
    response = guide_client.get("/no-such-page/")
    assert response.status_code == 404
    assert "This record does not exist or is not yours to see." in response.text


def test_a_forbidden_page_is_the_friendly_403(guide_client) -> None:
    response = guide_client.get("/accounts/two-step/setup/")
    assert response.status_code == 403
    assert "您的岗位无权使用此页面" in response.text


def test_the_500_page_renders_while_the_database_is_down(rf, monkeypatch) -> None:
    from hospital.views import server_error

    def broken_cursor(*args, **kwargs):
        raise DatabaseError("down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = server_error(rf.get("/reception/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode() or "出错" in response.text


@pytest.mark.urls("tests.security.urls_failing")
def test_an_unhandled_error_gives_the_friendly_500(guide) -> None:
    client = Client(raise_request_exception=False)
    client.force_login(guide)
    client.get("/accounts/login/?language=en")
    response = client.get("/failing/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.text
    assert "idle-logout.js" not in response.text  # no context processors, no user


def test_a_stale_form_is_explained_not_a_bare_csrf_page(guide) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(guide)
    response = client.post("/accounts/password/", {})
    assert response.status_code == 403
    assert "<main" in response.text


def _point_database_at(settings, port: int) -> None:
    """Point the default database at a local PostgreSQL port (for the health check only)."""
    settings.DATABASES = {
        **settings.DATABASES,
        "default": {
            **settings.DATABASES["default"],
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "frontdesk",
            "HOST": "127.0.0.1",
            "PORT": port,
            "USER": "nobody",
            "PASSWORD": "",
        },
    }


# Only the health check reads this copy; the test database stays as it is.
@pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")
def test_health_check_is_503_within_two_seconds_when_the_database_is_unreachable(
    client, settings
) -> None:
    # A PostgreSQL address where nothing listens: a refused or silent port, never a hang.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    _point_database_at(settings, port)
    started = time.monotonic()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
    assert time.monotonic() - started < 2.5


# Only the health check reads this copy; the test database stays as it is.
@pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")
def test_health_check_gives_up_on_a_silent_database_after_its_timeout(client, settings) -> None:
    # A listener that accepts and never answers: the connect timeout, not the pool's wait.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        settings.HEALTHZ_TIMEOUT = 1
        _point_database_at(settings, port)
        started = time.monotonic()
        response = client.get("/healthz")
        elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert elapsed < 2.5
