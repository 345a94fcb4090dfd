"""Playwright against Debian's Chromium at a tablet viewport, on Django's live server.

The live server serves what production serves: the output of `collectstatic` with the manifest
storage, through WhiteNoise, so a missing static file or a broken reference in a stylesheet fails
the browser tests. Every page a test opens is watched: a Content-Security-Policy violation, a
script error, an error on the console or a static file that does not load fails the test.
"""

import fcntl
import hashlib
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from django.core.management.base import CommandError
from django.db import OperationalError
from django.test import TransactionTestCase
from django.test.utils import override_settings
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, Response

# Debian's headless shell (chromium-headless-shell: Chromium's old headless mode, without the
# browser's own user interface) takes about 40 % less CPU for the same tests than the full
# Chromium in its new headless mode; the full one serves `--headed` runs and machines without it.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
HEADLESS_SHELL = os.environ.get("CHROMIUM_HEADLESS_SHELL", "/usr/bin/chromium-headless-shell")

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# there are still synchronous, so Django's guard against async misuse would only get in the way.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Production's storage (STATIC_MANIFEST=1): hashed names from a manifest, strict about missing
# files and references; its compressed copies in gzip only (static_storage.py says why).
MANIFEST_STORAGE = "tests.browser.static_storage.GzipManifestStaticFilesStorage"
COLLECTED = Path(tempfile.gettempdir()) / "frontdesk-test-static"


def _is_browser_test(item: pytest.Item) -> bool:
    return "tests/browser/" in str(item.fspath).replace(os.sep, "/")


@pytest.hookimpl(trylast=True)  # after pytest-django's order (ordinary, transactional, no db)
def pytest_collection_modifyitems(config, items) -> None:
    """Mark the browser tests; on SQLite, run them first.

    Each ends by putting back the database as the first of them found it (SQLite's backup API,
    `_put_back_at_the_end`), so the ordinary tests after them start where they would have.
    First in the order, they are the start of the first worker's share, and the other worker
    does not steal them: one Chromium, one Playwright driver and one live server a run instead
    of one per worker, and the longest chain of the run (about 50 s, much of it waiting on the
    pages) starts at once instead of being taken over at the end. PostgreSQL keeps
    pytest-django's order: there a browser test ends with a flush, and every ordinary test after
    it would load the reference data again.
    """
    from django.conf import settings

    for item in items:
        if _is_browser_test(item):
            item.add_marker(pytest.mark.browser)
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        items.sort(key=lambda item: not _is_browser_test(item))  # stable: the rest as they were


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # A CHROMIUM given in the environment is used as given.
    shell = "CHROMIUM" not in os.environ and browser_type_launch_args.get("headless", True)
    executable = HEADLESS_SHELL if shell and shutil.which(HEADLESS_SHELL) else CHROMIUM
    if not shutil.which(executable):
        pytest.skip(f"no Chromium at {executable}: apt-get install chromium (make test does)")
    # One renderer process for all the pages of a context (contexts do not share one: each
    # test's context starts its own). Measured on the 26 browser tests, four runs each way:
    # about 2.5 s of Chromium's CPU less (of about 50 s).
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--renderer-process-limit=1",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1024, "height": 768}, "has_touch": True}


def _static_sources_digest() -> str:
    """Return a digest of every file `collectstatic` would collect and of what collects it."""
    from django.contrib.staticfiles import finders

    storage = f"{MANIFEST_STORAGE} django {version('django')} whitenoise {version('whitenoise')}"
    digest = hashlib.sha256(storage.encode())
    digest.update(Path(__file__).with_name("static_storage.py").read_bytes())
    found = sorted(
        (path, storage.path(path))
        for finder in finders.get_finders()
        for path, storage in finder.list(["CVS", ".*", "*~"])
    )
    for path, full in found:
        digest.update(path.encode() + b"\0" + Path(full).read_bytes())
    return digest.hexdigest()[:20]


def _manifest_settings(root: Path) -> dict[str, Any]:
    from django.conf import settings

    return {
        "STATIC_ROOT": str(root),
        "STORAGES": {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}},
        "WHITENOISE_USE_FINDERS": False,
        "WHITENOISE_AUTOREFRESH": False,
    }


@pytest.fixture(scope="session")
def collected_static() -> Path:
    """Run `collectstatic` with the manifest storage once for these sources; return its root.

    Kept between runs and shared by the workers (the first one collects, under a lock); a run
    that fails leaves nothing behind, so a broken reference fails every run until it is fixed.
    """
    from django.core.management import call_command

    COLLECTED.mkdir(exist_ok=True)
    root = COLLECTED / _static_sources_digest()
    with open(f"{root}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (root / "staticfiles.json").exists():
            partial = Path(tempfile.mkdtemp(dir=COLLECTED, prefix="partial-"))
            try:
                with override_settings(**_manifest_settings(partial)):
                    call_command("collectstatic", interactive=False, verbosity=0)
                shutil.rmtree(root, ignore_errors=True)
                partial.rename(root)
            finally:
                shutil.rmtree(partial, ignore_errors=True)
    return root


@pytest.fixture(scope="session")
def live_server(request: pytest.FixtureRequest, collected_static: Path) -> Iterator[Any]:
    """Django's live server with WhiteNoise serving the collected files, as in production.

    pytest-django's own server serves static files from the source folders (staticfiles'
    finders); here the request goes through the middleware like any other. Django's live server
    also puts a handler of MEDIA_URL in front of the site; MEDIA_URL is unset here, so it took
    every path for a file of the working directory first (a look on the disk each request, and
    /manage.py answered with the file): the site is served without it, as in production.
    """
    from pytest_django.live_server_helper import LiveServer

    addr = (
        request.config.getvalue("liveserver")
        or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    with override_settings(**_manifest_settings(collected_static)):
        server = LiveServer(addr, start=False)
        server.thread.static_handler = lambda media_files_handler: media_files_handler.application
        server.start()  # WhiteNoise indexes STATIC_ROOT as the server's handler is built
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _manifest_static(request: pytest.FixtureRequest) -> Iterator[None]:
    """Render `{% static %}` through the manifest while a browser test runs.

    The live server's WhiteNoise indexed the collected files when it started; a test client
    made during the test (the accessibility walk asks as each role first) builds a WhiteNoise of
    its own, which finds a file when asked for one instead of indexing them all (a tenth of a
    second each): it asks for pages only.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    root = request.getfixturevalue("collected_static")
    with override_settings(**{**_manifest_settings(root), "WHITENOISE_AUTOREFRESH": True}):
        yield


@pytest.fixture(autouse=True)
def _board_refreshes_at_once(settings) -> None:
    # The hall's tablets poll every 15 s; a test that waits for the board needs no such wait.
    settings.BOARD_REFRESH_SECONDS = 1


# Run in every page before its own scripts: report each CSP violation on the console, where
# the context's listener collects it (Chromium also logs the refusal itself).
REPORT_CSP_VIOLATIONS = """
document.addEventListener('securitypolicyviolation', (e) => {
  console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`
    + ` at ${e.sourceFile || document.location.pathname}:${e.lineNumber}`);
});
"""
# A page the test opens may answer 403/404 on purpose (the tests check statuses themselves);
# the files and requests a page makes by itself must not fail.
PAGE_RESOURCES = {"stylesheet", "script", "image", "font", "media", "manifest", "other"}


def watch_for_errors(context: BrowserContext) -> list[str]:
    """Return the list that collects the context's console errors, script errors, CSP
    violations, static files that fail to load and requests that answer 5xx."""
    errors: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        # Chromium logs every 4xx answer as "Failed to load resource"; those are judged by
        # their response below, where the kind of request is known.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            errors.append(f"console: {message.text} ({message.location.get('url', '')})")

    def on_response(response: Response) -> None:
        kind = response.request.resource_type
        failed = response.status >= 400 and kind in PAGE_RESOURCES
        if failed or (response.status >= 500 and kind != "document"):
            errors.append(f"{response.status} {kind} {response.url}")

    def on_request_failed(request: Request) -> None:
        # A file the browser refused (a 404 page served as a stylesheet is blocked by its type);
        # requests cut short because the test moved on to another page are not failures.
        failure = request.failure or ""
        if request.resource_type in PAGE_RESOURCES and "ERR_ABORTED" not in failure:
            errors.append(f"failed {request.resource_type} {request.url}: {failure}")

    context.add_init_script(REPORT_CSP_VIOLATIONS)
    context.on("console", on_console)
    context.on("weberror", lambda error: errors.append(f"script error: {error.error}"))
    context.on("response", on_response)
    context.on("requestfailed", on_request_failed)
    return errors


@pytest.fixture
def context(context: BrowserContext) -> Iterator[BrowserContext]:
    """pytest-playwright's context, failing the test on any error a page of it shows."""
    errors = watch_for_errors(context)
    yield context
    assert not errors, "the browser saw errors:\n" + "\n".join(dict.fromkeys(errors))


def session_cookies(base: str, username: str, language: str = "zh-hans") -> list[Any]:
    """Return the cookies of `username` logged in, in `language`, for a browser at `base`.

    The session is made by Django's test client, with the language cookie the login page sets:
    no page load at all instead of the form's three. The form itself has its own test
    (test_login.py).
    """
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return [
        {"name": settings.SESSION_COOKIE_NAME, "value": session, "url": base},
        {"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": base},
    ]


@pytest.fixture
def login(live_server, page: Page):
    """Return a function that logs a user in on the tablet and leaves the page on their home,
    or on the path `to` (one page load instead of two when the test starts elsewhere).

    By their session cookie (`session_cookies`); `form=True` drives the login form instead
    (it lands on the home page, as after any login).
    """
    from django.conf import settings
    from django.urls import reverse

    def _login(
        username: str, language: str = "zh-hans", *, form: bool = False, to: str | None = None
    ) -> Page:
        base = live_server.url
        if form:
            page.goto(f"{base}/accounts/login/?language={language}")
            page.fill("#id_username", username)
            page.fill("#id_password", "pass-for-tests-1")
            page.click("button[type=submit]")
            # Logged in once the login page has redirected to the user's home.
            page.wait_for_url(lambda url: "/accounts/login/" not in url)
            return page
        page.context.clear_cookies()
        page.context.add_cookies(session_cookies(base, username, language))
        page.goto(f"{base}{to or reverse(settings.LOGIN_REDIRECT_URL)}")
        return page

    return _login


def kept_copy(connection: Any) -> sqlite3.Connection:
    """Return a copy, in memory, of the SQLite database of `connection` as it is now."""
    connection.ensure_connection()
    kept = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(kept)
    return kept


def restore(kept: sqlite3.Connection, connection: Any) -> None:
    """Make the SQLite database of `connection` the kept copy again (milliseconds)."""
    from django.contrib.contenttypes.models import ContentType

    connection.ensure_connection()
    kept.backup(connection.connection)
    ContentType.objects.clear_cache()  # its rows are the kept ones again


# The database as the first browser test found it, per database (SQLite): each browser test's
# end puts it back instead of Django's flush, which empties every table and then runs
# post_migrate (content types, permissions, the roles' groups) again: half a second a test.
_START: dict[str, sqlite3.Connection] = {}
# The connection of the browser test that is running, for its teardown.
_ENDS_BY_RESTORING: list[Any] = []


@pytest.fixture(autouse=True)
def _put_back_at_the_end(request: pytest.FixtureRequest) -> None:
    """Keep the database as the first browser test finds it; have each test's end restore it."""
    if "live_server" not in request.fixturenames:
        return
    from django.db import connection

    if connection.vendor != "sqlite":
        return
    name = str(connection.settings_dict["NAME"])
    if name not in _START:
        _START[name] = kept_copy(connection)
    _ENDS_BY_RESTORING[:] = [connection]


@pytest.fixture(scope="session", autouse=True)
def _teardown_waits_for_the_live_server() -> Iterator[None]:
    """End a browser test by restoring its database's start, other tests as tests/conftest.py
    ends them (the template copied back, or Django's flush); either again when the live server
    still answers the page's last poll.

    SQLite's shared in-memory cache refuses a write at once ("table is locked") while another
    connection reads; the flush is one transaction, rolled back whole when refused, and a
    refused restore is tried again whole, so trying again a moment later is safe.
    """
    original = TransactionTestCase._fixture_teardown

    def restore_or_flush(self: TransactionTestCase) -> None:
        if not _ENDS_BY_RESTORING:
            original(self)
            return
        connection = _ENDS_BY_RESTORING[0]
        restore(_START[str(connection.settings_dict["NAME"])], connection)
        _ENDS_BY_RESTORING.clear()

    def patient(self: TransactionTestCase) -> None:
        for attempt in range(50):
            try:
                return restore_or_flush(self)
            except (OperationalError, sqlite3.OperationalError, CommandError) as error:
                busy = "locked" in str(error) or "couldn't be flushed" in str(error)
                if not busy or attempt == 49:
                    raise
                time.sleep(0.1)

    TransactionTestCase._fixture_teardown = patient  # type: ignore[method-assign]
    yield
    TransactionTestCase._fixture_teardown = original  # type: ignore[method-assign]
