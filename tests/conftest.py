"""Fixtures every app's tests share: a desk, and one logged-in client per role."""

import atexit
import contextlib
import fcntl
import gc
import hashlib
import importlib.metadata
import logging
import os
import re
import sqlite3
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth import login
from django.core.management import call_command
from django.http import HttpRequest
from django.test import Client

from hospital.models import Department, Desk
from hospital.roles import Role
from tests.hospital.factories import DeskFactory, StaffProfileFactory, UserFactory
from tests.triage.routing_helpers import EnginePerInputs

# Rows the migrations ship that a flush takes away: the department directory, urgency levels,
# routing rules and settings. Role groups and their permissions are not among them: the flush
# runs post_migrate again, which recreates them.
NOT_REFERENCE_DATA = ["contenttypes", "auth", "sessions", "admin"]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(request: pytest.FixtureRequest, django_db_keepdb: bool) -> None:
    """With `--reuse-db` on SQLite, keep the test database in a file; in memory, nothing is kept.

    The file lives outside the checkout, one per checkout (and per xdist worker, by the suffix
    pytest-django adds next). A second run in the same checkout while the first holds the file
    works in memory instead of sharing, and so clobbering, the first one's database.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if django_db_keepdb and database["ENGINE"] == "django.db.backends.sqlite3":
        checkout = hashlib.sha1(str(settings.BASE_DIR).encode()).hexdigest()[:8]
        name = Path(tempfile.gettempdir()) / f"frontdesk-test-{checkout}.sqlite3"
        worker = getattr(request.config, "workerinput", {}).get("workerid", "main")
        lock = open(f"{name}.{worker}.lock", "w")  # noqa: SIM115 - held for the session
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            warnings.warn(
                "Another test run in this checkout holds the reused database; this run "
                "works on a fresh one in memory.",
                stacklevel=1,
            )
        else:
            request.config.add_cleanup(lock.close)
            database.setdefault("TEST", {})["NAME"] = str(name)
    request.getfixturevalue("django_db_modify_db_settings_parallel_suffix")
    # Runs before the test databases are created: they are then built instead of migrated.
    _build_test_databases_from_models(request.config, django_db_keepdb)


# A test database, kept between runs: building one (tests/reference_data.py: the tables, the
# reference data, the roles' permissions) costs about a second of CPU, migrating one 25; copying
# it costs milliseconds, for each worker and for each transactional test's restore.
TEMPLATES = Path(tempfile.gettempdir()) / "frontdesk-test-templates"
TEMPLATE_DAYS = 7  # older templates (of code since changed) are removed


_FROM_IMPORT = re.compile(
    r"^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)", re.M
)
_IMPORT = re.compile(r"^[ \t]*import[ \t]+([\w., \t]+)", re.M)


def _imported_modules(path: Path, base: Path) -> Iterator[str]:
    """Yield the dotted names a module imports (relative imports resolved), at any depth.

    Read with two regular expressions rather than parsed: a name too many costs nothing here.
    """
    package = path.relative_to(base).with_suffix("").parts[:-1]
    text = path.read_text(encoding="utf-8")
    for dots, module, names in _FROM_IMPORT.findall(text):
        parent = package[: len(package) - len(dots) + 1] if dots else ()
        module = ".".join((*parent, *([module] if module else [])))
        yield module
        yield from (f"{module}.{name}" for name in re.findall(r"\w+", names))
    for names in _IMPORT.findall(text):
        yield from (name.strip().split(" ")[0] for name in names.split(","))


def _database_inputs(base: Path, apps: list[Path]) -> list[Path]:
    """Return the files a test database depends on: every migration and app config, the code
    that builds it, the modules of ours they import (transitively; data migrations and the build
    call the apps' loaders), and the data files beside those modules (the department directory,
    the routing rules)."""
    ours = {app.name for app in apps} | {"config"}
    todo = [p for app in apps for p in (*app.glob("migrations/*.py"), app / "apps.py")]
    todo += [base / "config" / "settings.py", Path(__file__).with_name("reference_data.py")]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for name in _imported_modules(path, base):
            parts = name.split(".")
            if parts[0] not in ours:
                continue
            for depth in range(1, len(parts) + 1):
                stem = base.joinpath(*parts[:depth])
                todo += [stem.with_suffix(".py"), stem / "__init__.py"]
    data = {
        path
        for module in seen
        for folder in (module.parent, module.parent / "data")
        if folder.is_dir()
        for path in folder.iterdir()
        if path.is_file() and path.suffix not in {".py", ".pyc"}
    }
    return sorted(seen | data)


def _template_key() -> str:
    """Return a digest of everything that makes the test database what it is.

    The migrations (the tables are those of their last state), the app configs (their role
    grants feed the permissions written after building), the code of ours those import (the
    reference data's loaders) and its data files, the settings, the building code, and each
    installed package's version: a change to any builds a new template; a view, a template or a
    test does not.
    """
    from django.apps import apps
    from django.conf import settings

    digest = hashlib.sha256()
    for name, version in sorted(
        (dist.metadata["Name"] or "", dist.version) for dist in importlib.metadata.distributions()
    ):
        digest.update(f"{name}=={version}\n".encode())
    base = Path(settings.BASE_DIR).resolve()
    ours = [
        Path(config.path).resolve()
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(base)
        and "site-packages" not in Path(config.path).parts  # a virtualenv inside the checkout
    ]
    for path in _database_inputs(base, ours):
        digest.update(str(path.relative_to(base)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


# The template each database was created from: transactional tests restore it after a flush.
TEMPLATE_OF: dict[str, Path] = {}


def _copy_template(template: Path, connection: Any) -> None:
    """Make the SQLite database of `connection` a copy of `template` (the backup API)."""
    connection.ensure_connection()
    kept = sqlite3.connect(f"file:{template}?mode=ro", uri=True)
    try:
        kept.backup(connection.connection)
    finally:
        kept.close()
    TEMPLATE_OF[connection.alias] = template


def _build_instead_of_migrating(
    call_command: Callable[..., Any], *, keep_template: bool
) -> Callable[..., Any]:
    """Wrap Django's test-database `migrate` so that SQLite is built without migrating instead.

    PostgreSQL migrates (the road production takes; its suite compares the two roads, in
    tests/hospital/test_migrations.py), and so does a reused SQLite database that already has
    its migrations recorded: `migrate` then applies only the ones it lacks. With `keep_template`,
    the first worker of a run with new code builds the database and keeps it as a template; the
    others (and later runs) wait for it, then copy it into their own in-memory database.
    """
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    from tests.reference_data import build_from_models

    def build_or_copy(name: str, *args: Any, **options: Any) -> Any:
        connection = connections[options.get("database", "default")]
        if (
            name != "migrate"
            or connection.vendor != "sqlite"
            or MigrationRecorder(connection).has_table()
        ):
            return call_command(name, *args, **options)
        if not keep_template:
            build_from_models(connection)
            return None
        TEMPLATES.mkdir(exist_ok=True)
        for old in TEMPLATES.glob("*.sqlite3*"):
            with contextlib.suppress(FileNotFoundError):  # another worker removed it first
                if old.stat().st_mtime < time.time() - TEMPLATE_DAYS * 86400:
                    old.unlink()
        template = TEMPLATES / f"{_template_key()}.sqlite3"
        with open(f"{template}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not template.exists():
                build_from_models(connection)
                connection.ensure_connection()
                partial = template.with_suffix(f".{os.getpid()}.partial")
                kept = sqlite3.connect(partial)
                connection.connection.backup(kept)
                kept.close()
                partial.replace(template)
                TEMPLATE_OF[connection.alias] = template
                return None
        _copy_template(template, connection)
        template.touch()
        return None

    return build_or_copy


UNDO_TEMPLATE = pytest.StashKey[Callable[[], None]]()


def _build_test_databases_from_models(config: pytest.Config, keepdb: bool) -> None:
    """Until the test databases exist, make their `migrate` build them instead (SQLite).

    Django's test-database creation imports `call_command` when it runs; it is wrapped until
    `django_db_setup` has run. A database `--reuse-db` keeps is built the first time (no
    template: the file is the one kept) and migrated on later runs, which applies only new
    migrations. FRONTDESK_TEST_TEMPLATE=0 builds each worker's database itself, keeping nothing.
    """
    from django.core import management

    original = management.call_command
    management.call_command = _build_instead_of_migrating(
        original, keep_template=not keepdb and os.environ.get("FRONTDESK_TEST_TEMPLATE") != "0"
    )

    def undo() -> None:
        management.call_command = original

    config.stash[UNDO_TEMPLATE] = undo


REFERENCE_DATA = pytest.StashKey[Path]()


def _template_of_default() -> Path | None:
    """Return the template the default database was copied from, if it still exists."""
    from django.db import connection

    template = TEMPLATE_OF.get(connection.alias)
    return template if template is not None and template.exists() else None


@pytest.fixture(scope="session")
def django_db_setup(
    django_db_setup, django_db_blocker, django_db_keepdb, request, tmp_path_factory
) -> Iterator[None]:
    """Dump the reference data (what the data migrations ship) once, before any test can flush it.

    A database copied from a template needs no dump: a transactional test gets the template
    back at its start and leaves it behind at its end (`_transactional_tests_end_as_the_template`),
    so no test meets emptied tables. Refuse a reused database that an interrupted run left
    without the data. At the end of a `--reuse-db` run, put the data back so the next run starts
    as the migrations left it.
    """
    request.config.stash.get(UNDO_TEMPLATE, lambda: None)()
    with django_db_blocker.unblock():
        if not Department.objects.exists():
            raise pytest.UsageError(
                "The reused test database has no departments (a run was interrupted after a "
                "flush): run once with --reuse-db --create-db."
            )
        if _template_of_default() is None:
            path = tmp_path_factory.mktemp("reference") / "reference_data.json"
            call_command("dumpdata", all=True, exclude=NOT_REFERENCE_DATA, output=str(path))
            request.config.stash[REFERENCE_DATA] = path
    yield
    if django_db_keepdb:
        with django_db_blocker.unblock():
            call_command("loaddata", str(request.config.stash[REFERENCE_DATA]), verbosity=0)


@pytest.fixture(scope="session", autouse=True)
def _transactional_tests_end_as_the_template() -> Iterator[None]:
    """End a transactional test on a database copied from a template by copying the template
    back (milliseconds) instead of Django's flush, which empties every table and runs
    post_migrate again (content types, permissions, the roles' groups): a second of CPU.

    Other databases (PostgreSQL, `--reuse-db`, FRONTDESK_TEST_TEMPLATE=0) are flushed as before.
    The browser tests end by restoring the database as the first of them found it
    (tests/browser/conftest.py); this runs for the others.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connections
    from django.test import TransactionTestCase

    original = TransactionTestCase._fixture_teardown

    def restore_or_flush(self: TransactionTestCase) -> None:
        templates = {
            alias: TEMPLATE_OF.get(alias) for alias in self._databases_names(include_mirrors=False)
        }
        if not all(template is not None and template.exists() for template in templates.values()):
            original(self)
            return
        for alias, template in templates.items():
            assert template is not None
            _copy_template(template, connections[alias])
        ContentType.objects.clear_cache()

    TransactionTestCase._fixture_teardown = restore_or_flush  # type: ignore[method-assign]
    yield
    TransactionTestCase._fixture_teardown = original  # type: ignore[method-assign]


@pytest.fixture
def reference_data(request: pytest.FixtureRequest, transactional_db: None) -> None:
    """Load the reference data into a database the previous transactional test flushed.

    A database made from the template gets the template back whole (milliseconds; the content
    types' cache is then cleared, their rows being the template's again). Otherwise the dump is
    loaded: idempotent (the rows keep their primary keys), so the first test loses nothing.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    template = _template_of_default()
    if template is not None:
        _copy_template(template, connection)
        ContentType.objects.clear_cache()
        return
    call_command("loaddata", str(request.config.stash[REFERENCE_DATA]), verbosity=0)


@pytest.fixture(autouse=True)
def _reference_data_for_transactional_tests(request: pytest.FixtureRequest) -> None:
    # Whichever way a test asks for a flushing database (the marker, the fixture, a live server).
    marker = request.node.get_closest_marker("django_db")
    if (marker is not None and marker.kwargs.get("transaction")) or {
        "transactional_db",
        "live_server",
    } & set(request.fixturenames):
        request.getfixturevalue("reference_data")
    elif marker is not None or "db" in request.fixturenames:
        # pytest-django runs transactional tests last, but a worker that steals work may still
        # run an ordinary test after one: load the data it flushed inside this test's
        # transaction (rolled back with it). A database copied from a template is never left
        # flushed (`_transactional_tests_end_as_the_template`), and has no dump.
        request.getfixturevalue("db")
        request.getfixturevalue("restore_reference_data")()


@pytest.fixture(scope="session")
def restore_reference_data(request: pytest.FixtureRequest) -> Callable[[], None]:
    """Return what loads the reference data back where a transactional test before flushed it.

    Only a database flushed rather than copied back from a template (PostgreSQL, `--reuse-db`)
    can be found so, and a worker that steals work may run any test after a transactional one:
    each ordinary test calls it (above), and so does a module that builds its world once, before
    its tests' own fixtures run.
    """

    def restore() -> None:
        if REFERENCE_DATA in request.config.stash and not Department.objects.exists():
            call_command("loaddata", str(request.config.stash[REFERENCE_DATA]), verbosity=0)

    return restore


@pytest.fixture(autouse=True)
def _session_activity_written_once(request: pytest.FixtureRequest, monkeypatch) -> None:
    # A session notes its last activity at most every 10 s. On a busy machine two requests of a
    # query-count test can straddle that tick and count the session's write; only the tests that
    # move the clock need it refreshed.
    if "clock" not in request.fixturenames:
        monkeypatch.setattr("hospital.security._ACTIVITY_RESOLUTION", 10**9)


@pytest.fixture(autouse=True)
def _language_of_this_test_only() -> Iterator[None]:
    # A request through the test client leaves its language active in the thread (the locale
    # middleware activates it and nothing puts it back): the next test would read its reasons in
    # that language, so a test's outcome would depend on the one before it.
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _cache_of_this_test_only() -> None:
    # Pages remembered under the ids of the newest rows (the daily sheet) would find, in the next
    # test, the same ids given to other rows once the database rolled this test back.
    from django.core.cache import cache

    cache.clear()


TRIAGE_TESTS = Path(__file__).with_name("triage")


@pytest.fixture(autouse=True)
def _routing_engine_compiled_once_per_inputs(request: pytest.FixtureRequest, monkeypatch) -> None:
    if not request.node.path.is_relative_to(TRIAGE_TESTS):
        monkeypatch.setattr("triage.routing.cache.Engine", EnginePerInputs)


@pytest.fixture(scope="session", autouse=True)
def _suite_settings() -> Iterator[None]:
    """Switch off, for the whole run, what only makes tests slow; each is tested on its own.

    Argon2 is right for production and needlessly slow for hundreds of test logins. WhiteNoise
    finds a static file when one is asked for instead of indexing every file each time a test
    client builds its middleware (in nearly every test): the indexed, hashed serving that
    production runs is what the browser tests' live server and tests/security/test_production.py
    check.
    """
    from django.test.utils import override_settings

    with override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        WHITENOISE_AUTOREFRESH=True,
    ):
        yield


@pytest.fixture
def desk(db) -> Desk:
    return DeskFactory(code="main-hall", name="门诊大厅导医台")


@pytest.fixture
def other_desk(db) -> Desk:
    return DeskFactory(code="inpatient", name="住院楼服务台")


def _staff(username: str, role: str, desk: Desk):
    user = UserFactory(username=username, role=role)
    StaffProfileFactory(user=user, home_desk=desk)
    return user


@pytest.fixture
def guide(desk):
    return _staff("guide", Role.GUIDE, desk)


@pytest.fixture
def second_guide(desk):
    return _staff("guide2", Role.GUIDE, desk)


@pytest.fixture
def manager(desk):
    """A department manager of gastroenterology (GI) only."""
    user = _staff("manager", Role.DEPARTMENT_MANAGER, desk)
    Department.objects.get(code="GI").managers.add(user)
    return user


@pytest.fixture
def other_manager(desk):
    """A department manager of cardiology (CARD) only."""
    user = _staff("manager2", Role.DEPARTMENT_MANAGER, desk)
    Department.objects.get(code="CARD").managers.add(user)
    return user


@pytest.fixture
def supervisor(desk):
    return _staff("supervisor", Role.SUPERVISOR, desk)


@pytest.fixture
def security(desk):
    return _staff("security", Role.SECURITY_DESK, desk)


@pytest.fixture
def administrator(desk):
    return _staff("admin", "admin", desk)


class _StaffClient(Client):
    """A test client whose first login writes the logged-in session only.

    Django's `_login` reads `self.session`, which saves an empty session to set a cookie, and
    logging in then replaces it (deleted, a new key saved): three writes where one does.
    """

    def _login(self, user, backend=None) -> None:
        if self.cookies.get(settings.SESSION_COOKIE_NAME):
            super()._login(user, backend)
            return
        request = HttpRequest()
        request.session = import_module(settings.SESSION_ENGINE).SessionStore()
        login(request, user, backend)
        request.session.save()
        self._set_login_cookies(request)


def _client_for(user) -> Client:
    client = _StaffClient()
    client.force_login(user)
    return client


@pytest.fixture
def guide_client(guide) -> Client:
    return _client_for(guide)


@pytest.fixture
def manager_client(manager) -> Client:
    return _client_for(manager)


@pytest.fixture
def supervisor_client(supervisor) -> Client:
    return _client_for(supervisor)


@pytest.fixture
def security_client(security) -> Client:
    return _client_for(security)


@pytest.fixture
def admin_client_user(administrator) -> Client:
    return _client_for(administrator)


# The cyclic garbage collector, tuned for a test process: Django's requests, responses and
# template contexts leave cycles behind by the thousand, and with Python's defaults (700, 10, 10)
# every full collection walks every object the process holds (the apps, the test items, the
# routing engines kept): about a tenth of the suite's CPU. Collections a tenth as often keep
# memory where it was; what was there when the tests were collected (imports, items) is never
# garbage, so full collections leave it out (`gc.freeze`).
GC_THRESHOLDS = (10_000, 20, 20)


def pytest_configure(config: pytest.Config) -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    if hasattr(config, "workerinput"):
        atexit.register(_worker_exits_without_teardown)


def _worker_exits_without_teardown() -> None:
    """End an xdist worker, its session over and reported, without tearing its heap down.

    The worker holds the routing engines it compiled (`EnginePerInputs`) and every module of the
    apps: the interpreter's own exit frees them object by object, with full collections in
    between, about 4 s of CPU for four engines, while the controller waits for the worker to end.
    Registered first, this runs after every other exit handler; the logs and the output are
    flushed, then the process ends.
    """
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(config, items) -> None:
    """Skip PostgreSQL-only tests on SQLite."""
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: run with DATABASE_URL=postgres://…")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)
