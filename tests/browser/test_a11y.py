"""Accessibility as a gate: axe-core on every page a guide, manager, supervisor or security officer
opens, in the three languages, with touch targets measured and focus seen.

The pages are found by walking the URL resolver, so a new page is checked without being listed
here; the ones that need an object get one from the demo data. axe-core comes from npm
(`npm ci` at the repository's root installs node_modules/axe-core).

Each page is audited once, as the role that sees most of it (the longest page any role gets),
in a language that rotates from page to page, so each language covers a third of the pages; the
densest page of the first shard is audited in all three languages. The roles log in by their session
cookie (the login form has its own browser test), in one browser page that every audit reuses.
"""

import contextlib
import fcntl
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import cache
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import OutputWrapper
from django.core.management.color import no_style
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import NoReverseMatch
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from tests.browser.conftest import kept_copy, restore

AXE = Path(django_settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not AXE.exists(), reason="no axe-core: run `npm ci` at the repository root"),
]

# Not the staff's screens: the login page is checked on its own, the health check and the
# session ping are not HTML, the admin has Django's own stylesheet (its index is checked).
# The kiosk locks the session on the visitor's page: tests/browser/test_kiosk.py audits it.
SKIPPED_PREFIXES = (
    "admin:",
    "healthz",
    "logout",
    "set_language",
    "login",
    "switch_desk",
    "reception:kiosk",
)
ROLES = ("guide", "manager", "supervisor", "security")
LANGUAGES = ("zh-hans", "zh-hant", "en")
BLOCKING = {"serious", "critical"}
MIN_TARGET = 44  # CSS px: WCAG 2.5.5, a thumb on a tablet.
# The pages are walked in this many tests (every SHARDS-th page each), so that the workers can
# share the walk: on PostgreSQL. On SQLite the browser tests run first, on one worker
# (tests/browser/conftest.py), and the shards one after another. The shard that holds the
# routing page is the longest by seconds: the first page of a process that routes compiles the
# routing engine (about 4 s of CPU, once a process, which another test would pay otherwise);
# by the pages' own cost (load and axe, 0.2-0.5 s each) the shards are even.
SHARDS = 3
# axe's rules of WCAG 2.0-2.1 A and AA (not the experimental ones, as axe's defaults), and the
# best-practice rules that can rate a page serious or critical (the gate fails on those two
# impacts only): the others would be run for nothing. Touch targets are measured on their own.
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
AXE_EXTRA_RULES = (
    "accesskeys",
    "aria-dialog-name",
    "aria-text",
    "aria-treeitem-name",
    "label-title-only",
    "tabindex",
)


def seed_demo_data() -> None:
    """Load the demo data the way `seed_demo` does, without its DEBUG guard."""
    from demo.management.commands.seed_demo import SEEDS

    for module in SEEDS:
        module.seed(
            stdout=OutputWrapper(StringIO()),
            style=no_style(),
            days=0,
            visits_per_day=0,
            volume=False,
        )


def _objects() -> dict[str, Callable[[], Any]]:
    """Return, per URL name, how to find the demo object a page of that name is opened for."""
    from complaints.models import Complaint
    from handover.models import AfterHoursBook, Equipment, HandoverSheet, Key
    from reception.models import Inquiry, Visit
    from triage.models import Escalation

    def visit(*statuses: str) -> Callable[[], Any]:
        return lambda: Visit.objects.filter(status__in=statuses).order_by("pk").first()

    def first(model: Any) -> Callable[[], Any]:
        return lambda: model.objects.order_by("pk").first()

    return {
        "overview:visit_detail": visit("routed", "waiting"),
        "overview:feedback_thanks": visit("closed", "handed_off", "routed"),
        "reception:feedback_kiosk": visit("handed_off", "routed", "closed"),
        "triage:route": visit("waiting"),
        "triage:escalate": visit("waiting", "routed"),
        "triage:escalation": first(Escalation),
        "handover:escort_start": visit("routed"),
        "handover:handoff": visit("escorting"),
        "handover:sheet_detail": first(HandoverSheet),
        "handover:key_issue": first(Key),
        "handover:equipment_lend": first(Equipment),
        "handover:book_take_back": first(AfterHoursBook),
        "reception:inquiry_detail": first(Inquiry),
        "complaints:detail": first(Complaint),
        "complaints:slip": first(Complaint),
    }


def _patterns(resolver: URLResolver, namespace: str = "") -> Iterator[tuple[str, URLPattern]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _patterns(entry, inner)
        elif entry.name:
            yield f"{namespace}{entry.name}", entry


def staff_pages() -> list[str]:
    """Return the paths of the staff's GET pages: the resolver's, with demo objects."""
    objects = _objects()
    paths: list[str] = []
    for name, pattern in _patterns(get_resolver()):
        if name.startswith(SKIPPED_PREFIXES) or name.endswith(("csv", "pdf")):
            continue
        converters = pattern.pattern.converters
        if not converters:
            paths.append(reverse(name))
            continue
        if set(converters) != {"pk"} or name not in objects:
            continue  # an action (POST only) or a step of another page
        obj = objects[name]()
        if obj is None:
            continue
        try:
            paths.append(reverse(name, kwargs={"pk": obj.pk}))
        except NoReverseMatch:
            continue
    paths.append(reverse("admin:index"))
    return sorted(set(paths))


# Every element a finger taps, measured as laid out. A link inside running text is exempt
# (WCAG 2.5.8's "inline" exception); a radio or checkbox hidden behind its label is tapped on
# the label, which is measured instead.
TARGETS_JS = """
(min) => {
  const small = [];
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, '
    + '[role=button], label.btn';
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest('.visually-hidden, .visually-hidden-focusable, [hidden]')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (el.matches('.btn-check, .form-check-input') && el.id
        && document.querySelector(`label[for="${el.id}"]`)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (el.tagName === 'A' && style.display === 'inline' && el.closest('p')) continue;
    if (r.width < min - 0.5 || r.height < min - 0.5) {
      const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim();
      small.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} `
        + `"${text.slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
  }
  return small;
}
"""

AXE_RUN_JS = """async ([tags, extra]) => {
  const rules = axe.getRules(tags).filter(r => !r.tags.includes('experimental'))
    .map(r => r.ruleId).concat(extra);
  const r = await axe.run(document, {resultTypes: ['violations'],
    runOnly: {type: 'rule', values: rules}});
  return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length,
    targets: v.nodes.slice(0, 4).map(n => n.target.join(' ') + (n.any[0] && n.any[0].data
      && n.any[0].data.contrastRatio ? ` ${n.any[0].data.fgColor}/${n.any[0].data.bgColor}`
      + ` ${n.any[0].data.contrastRatio}` : ''))}));
}"""


@cache
def _axe_source() -> str:
    return AXE.read_text(encoding="utf-8") + "\n;0"


def _axe(page: Page) -> list[dict[str, Any]]:
    # Evaluated through the DevTools protocol: the pages' strict CSP forbids an injected <script>.
    # A context that audits page after page has it from an init script already (`with_axe`).
    if not page.evaluate("typeof axe === 'object'"):
        page.evaluate(_axe_source())
    return page.evaluate(AXE_RUN_JS, [list(AXE_TAGS), list(AXE_EXTRA_RULES)])


def with_axe(page: Page) -> Page:
    """Give axe-core to every page `page`'s context opens, before the page's own scripts: sent
    to the browser once instead of with every page."""
    page.context.add_init_script(_axe_source())
    return page


def audit(page: Page, base: str, role: str, language: str, paths: list[str]) -> list[dict]:
    """Open each path as the logged-in user; return one row per page they may see."""
    rows = []
    for path in paths:
        try:
            response = page.goto(f"{base}{path}")
        except PlaywrightError:
            # The page before may still be navigating by itself: let it land, then try once more.
            page.wait_for_load_state()
            try:
                response = page.goto(f"{base}{path}")
            except PlaywrightError:
                continue  # a download or an empty answer: not a page
        if response is not None and response.status >= 500:
            # A page that crashes is not accessible either: it fails the gate, loudly.
            error = {"id": f"HTTP {response.status}", "impact": "critical", "nodes": 1}
            rows.append(
                {
                    "role": role,
                    "language": language,
                    "path": path,
                    "serious": 0,
                    "critical": 1,
                    "blocking": [error | {"targets": []}],
                    "small": [],
                }
            )
            continue
        if response is None or response.status != 200 or page.url != f"{base}{path}":
            continue  # refused, or sent elsewhere (to log in, to another page)
        if not response.text().lstrip().lower().startswith("<!doctype html"):
            continue  # a partial that htmx swaps into a page, or not HTML at all
        desktop = path.startswith("/admin/")  # the admin is used at a desk, with a mouse
        violations = _axe(page)
        rows.append(
            {
                "role": role,
                "language": language,
                "path": path,
                "serious": sum(v["nodes"] for v in violations if v["impact"] == "serious"),
                "critical": sum(v["nodes"] for v in violations if v["impact"] == "critical"),
                "blocking": [v for v in violations if v["impact"] in BLOCKING],
                "small": [] if desktop else page.evaluate(TARGETS_JS, MIN_TARGET),
            }
        )
    return rows


def report(rows: list[dict]) -> str:
    """Return the per-page table: serious and critical nodes, small targets, and what they are."""
    lines = ["role       lang     serious critical small  page"]
    for r in rows:
        lines.append(
            f"{r['role']:<10} {r['language']:<8} {r['serious']:>7} {r['critical']:>8} "
            f"{len(r['small']):>5}  {r['path']}"
        )
        for v in r["blocking"]:
            lines.append(f"      {v['impact']}: {v['id']} x{v['nodes']} {v['targets']}")
        for s in r["small"][:8]:
            lines.append(f"      small: {s}")
    return "\n".join(lines)


def speak(page: Page, base: str, language: str) -> None:
    """Switch the tablet's language as the header's switcher does: by the language cookie."""
    page.context.add_cookies([{"name": "django_language", "value": language, "url": base}])


def log_in(page: Page, base: str, client: Client) -> None:
    """Give the browser the session of `client` (a test client), if it has logged in."""
    from django.conf import settings

    page.context.clear_cookies()
    session = client.cookies.get(settings.SESSION_COOKIE_NAME)
    if session is not None:
        cookie = {"name": settings.SESSION_COOKIE_NAME, "value": session.value, "url": base}
        page.context.add_cookies([cookie])


def role_clients() -> dict[str, Client]:
    """Return a test client logged in as each role's demo user, and one logged in as nobody.

    One client each for the whole walk: a new client builds the middleware again.
    """
    users = get_user_model().objects.in_bulk(ROLES, field_name="username")
    clients: dict[str, Client] = {}
    for role in ROLES:
        clients[role] = Client()
        clients[role].force_login(users[role])
    clients["anonymous"] = Client()
    return clients


# The roles, the one that may open the most pages (and sees the most of a page) first: a page is
# audited as the first of them that opens it, unless it is a page where a narrower role gets
# more (the buttons only it may press). This gives the role that rendering every page as every
# role and keeping the longest gave (300 renders, about 3 s of CPU a run), for every page, at one
# render of a page and a redirect or a refusal for each role tried before.
WIDEST_FIRST = ("supervisor", "guide", "manager", "security", "anonymous")
SEES_MORE = {"reception:callback_list": "guide"}  # the supervisor's list has no buttons


def widest_opener(path: str, clients: dict[str, Client]) -> tuple[str, int] | None:
    """Return the role that sees most of the page at `path` (the first of WIDEST_FIRST, or the
    page's SEES_MORE role, that gets it as HTML without a redirect) and the page's length; None
    when no role opens it as a page."""
    first = SEES_MORE.get(resolve(path).view_name)
    for role in (*([first] if first else []), *WIDEST_FIRST):
        response = clients[role].get(path)
        body = response.content
        if response.status_code == 200 and body.lstrip().lower().startswith(b"<!doctype html"):
            return role, len(body)
    return None


# The demo data as first seeded in this process, per database (SQLite), restored for each later
# test: seeding runs every app's demo module (seconds), restoring copies the database.
_SEEDED: dict[str, sqlite3.Connection] = {}
# Where the first worker of a run leaves its seeded database for the others (`demo_data`).
SEEDED_FOR_THE_RUN = Path(tempfile.gettempdir()) / "frontdesk-a11y-demo"


def _seeded_for_the_run(connection: Any, run: str) -> sqlite3.Connection:
    """Return a copy of the demo data seeded into `connection`'s database in this run.

    The workers of a run start from the same database (the same template, the same reference
    data), so the first one to get here seeds and leaves a copy; the others load it (the backup
    API, milliseconds) instead of seeding again. Copies of earlier runs are removed.
    """
    SEEDED_FOR_THE_RUN.mkdir(exist_ok=True)
    seeded = SEEDED_FOR_THE_RUN / f"{run}.sqlite3"
    with open(SEEDED_FOR_THE_RUN / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if seeded.exists():
            source = sqlite3.connect(f"file:{seeded}?mode=ro", uri=True)
            try:
                connection.ensure_connection()
                source.backup(connection.connection)
            finally:
                source.close()
            ContentType.objects.clear_cache()  # its rows are the seeded ones now
            return kept_copy(connection)
        for old in SEEDED_FOR_THE_RUN.glob("*.sqlite3*"):
            with contextlib.suppress(FileNotFoundError):
                if old.stat().st_mtime < time.time() - 3600:
                    old.unlink()
        seed_demo_data()
        kept = kept_copy(connection)
        partial = seeded.with_suffix(f".{os.getpid()}.partial")
        target = sqlite3.connect(partial)
        try:
            kept.backup(target)
        finally:
            target.close()
        partial.replace(seeded)
        return kept


@pytest.fixture
def demo_data(request: pytest.FixtureRequest) -> None:
    from django.db import connection

    if connection.vendor != "sqlite":
        seed_demo_data()
        return
    name = str(connection.settings_dict["NAME"])
    if name in _SEEDED:
        restore(_SEEDED[name], connection)
        return
    _SEEDED[name] = _seeded_for_the_run(connection, _run_id(request.config))


def _run_id(config: pytest.Config) -> str:
    """The run's id that its xdist workers share (pytest-xdist's `testrun_uid`), or this process's
    own when the run has no workers (`-p no:xdist`)."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:
        return workerinput["testrunuid"]
    return getattr(config, "testrunuid", None) or f"pid{os.getpid()}"


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_staff_page_in_every_language_has_no_serious_or_critical_violation_and_big_targets(
    demo_data, live_server, page, shard: int
) -> None:
    base = live_server.url
    page = with_axe(page)
    clients = role_clients()
    paths = sorted({*staff_pages(), reverse("login")})
    planned: list[tuple[str, str, str]] = []  # role, language, path
    length: dict[str, int] = {}
    for i, path in list(enumerate(paths))[shard::SHARDS]:
        opener = widest_opener(path, clients)
        if opener is not None:
            planned.append((opener[0], LANGUAGES[(i // SHARDS) % len(LANGUAGES)], path))
            length[path] = opener[1]
    if shard == 0:
        densest = max(planned, key=lambda plan: length[plan[2]])
        planned += [(densest[0], other, densest[2]) for other in LANGUAGES if other != densest[1]]
    rows = []
    for role, language, path in sorted(planned):
        if not rows or rows[-1]["role"] != role:
            log_in(page, base, clients[role])
        speak(page, base, language)
        rows += audit(page, base, role, language, [path])
    table = report(rows)
    if os.environ.get("A11Y_REPORT"):
        Path(f"{os.environ['A11Y_REPORT']}.{shard}.txt").write_text(table)
    print(table)
    assert len(planned) >= 20 // SHARDS, table
    assert sorted((r["role"], r["language"], r["path"]) for r in rows) == sorted(planned), table
    assert {r["language"] for r in rows} == set(LANGUAGES), table
    failing = [r for r in rows if r["blocking"] or r["small"]]
    assert not failing, table


def test_focus_is_visible_on_every_link_and_button(demo_data, live_server, page) -> None:
    log_in(page, live_server.url, role_clients()["guide"])
    speak(page, live_server.url, "en")
    page.goto(f"{live_server.url}/complaints/")
    unseen = []
    for _ in range(15):
        page.keyboard.press("Tab")
        seen = page.evaluate(
            """() => {
              const el = document.activeElement;
              if (!el || el === document.body) return null;
              const s = getComputedStyle(el);
              const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
              const shadow = s.boxShadow && s.boxShadow !== 'none';
              return {ok: Boolean(ring || shadow), what: el.outerHTML.slice(0, 80)};
            }"""
        )
        if seen and not seen["ok"]:
            unseen.append(seen["what"])
    assert not unseen, unseen
