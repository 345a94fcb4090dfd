"""The README's production steps, for real: collectstatic with the manifest, then gunicorn.

Runs in CI's PostgreSQL pass against the test database (skipped on SQLite): the server is a
separate process, so the rows it reads are committed by a transactional test.
"""

import http.client
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.db import connection

from hospital.roles import Role
from tests.hospital.factories import StaffProfileFactory, UserFactory
from tests.hospital.test_access import all_paths

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

ROOT = Path(settings.BASE_DIR)
HOST = "frontdesk.example-hospital.cn"
PASSWORD = "a-long-production-password-1"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _database_url() -> str:
    """The test database this process is using, as a DATABASE_URL for the server."""
    db = connection.settings_dict
    credentials = db["USER"] or "postgres"
    if db["PASSWORD"]:
        credentials += f":{db['PASSWORD']}"
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _production_env(static_root: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "PYTEST", "ADMIN_OTP", "STATIC_", "SECURE_", "DEBUG"))
    }
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=_database_url(),
        STATIC_MANIFEST="1",
        STATIC_ROOT=str(static_root),
        # The hospital's proxy terminates TLS and says so; SECURE_SSL_REDIRECT stays on.
        BEHIND_TLS_PROXY="1",
        LOG_LEVEL="ERROR",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    return env


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    static_root = tmp_path / "staticfiles"
    env = _production_env(static_root)
    collected = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert collected.returncode == 0, collected.stderr
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--timeout",
            "60",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"gunicorn stopped: {process.stdout.read() if process.stdout else ''}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("gunicorn did not start within 60 s")
        yield port, static_root
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


class Browser:
    """Just enough of a browser over plain HTTP behind a TLS proxy: Secure cookies are kept."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(
        self, method: str, path: str, form: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": HOST, "X-Forwarded-Proto": "https", "X-Forwarded-For": "10.0.0.5"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"https://{HOST}{path}"
            headers["Origin"] = f"https://{HOST}"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        text = response.read().decode("utf-8", "replace")
        result = (response.status, {k.lower(): v for k, v in response.getheaders()}, text)
        conn.close()
        return result


def test_collectstatic_and_gunicorn_serve_login_static_files_and_a_logged_in_page(
    server: tuple[int, Path], desk
) -> None:
    port, static_root = server
    assert (static_root / "staticfiles.json").exists()
    guide = UserFactory(username="prod-guide", role=Role.GUIDE)
    guide.password = Argon2PasswordHasher().encode(PASSWORD, Argon2PasswordHasher().salt())
    guide.save()
    StaffProfileFactory(user=guide, home_desk=desk)

    browser = Browser(port)
    status, headers, page = browser.request("GET", "/accounts/login/")
    assert status == 200, page[:500]
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "strict-transport-security" in headers

    # The page links the hashed, compressed copies collectstatic wrote.
    css = re.search(r'href="(/static/vendor/bootstrap/bootstrap\.min\.[0-9a-f]{12}\.css)"', page)
    assert css, "the login page does not link the manifest's Bootstrap"
    status, headers, _ = browser.request("GET", css.group(1))
    assert status == 200
    assert "immutable" in headers.get("cache-control", "")

    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token
    status, headers, _ = browser.request(
        "POST",
        "/accounts/login/",
        {"csrfmiddlewaretoken": token.group(1), "username": "prod-guide", "password": PASSWORD},
    )
    assert status == 302, "the guide could not log in"

    # The guide's start page, as the login's redirect leads there (a role's home may redirect).
    location = headers["location"]
    for _hop in range(3):
        status, page_headers, page = browser.request("GET", location)
        if status != 302:
            break
        location = page_headers["location"]
    assert status == 200, page[:500]
    assert "no-store" in page_headers["cache-control"]
    assert "prod-guide" in page or guide.get_full_name() in page

    status, _, _ = browser.request("GET", "/accounts/password/")
    assert status == 200

    status, _, body = browser.request("GET", "/healthz")
    assert status == 200 and '"ok"' in body

    status, _, missing = browser.request("GET", "/no-such-page/")
    assert status == 404 and "<main" in missing

    # Every page of the resolver, with the manifest's static files: a template naming a static
    # file collectstatic did not write answers 500 here and nowhere else.
    assert _server_errors(browser) == []
    supervisor = _staff_with_password("prod-supervisor", Role.SUPERVISOR, desk)
    supervising = Browser(port)
    _log_in(supervising, supervisor.username)
    assert _server_errors(supervising) == []


def _staff_with_password(username: str, role: str, desk) -> Any:
    user = UserFactory(username=username, role=role)
    user.password = Argon2PasswordHasher().encode(PASSWORD, Argon2PasswordHasher().salt())
    user.save()
    StaffProfileFactory(user=user, home_desk=desk)
    return user


def _log_in(browser: "Browser", username: str) -> None:
    _, _, page = browser.request("GET", "/accounts/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token
    status, _, _ = browser.request(
        "POST",
        "/accounts/login/",
        {"csrfmiddlewaretoken": token.group(1), "username": username, "password": PASSWORD},
    )
    assert status == 302, f"{username} could not log in"


def _server_errors(browser: "Browser") -> list[str]:
    """GET every page of the resolver (ids and tokens as placeholders); return the 5xx ones."""
    errors = []
    for path in all_paths():
        if path.startswith("/accounts/logout/"):
            continue
        status, _, page = browser.request("GET", path)
        if status >= 500:
            errors.append(f"{path}: {status} {page[:200]!r}")
    return errors
