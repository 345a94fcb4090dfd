"""Accessibility as a gate: axe-core on every page a guide, manager, supervisor or security officer
opens, in each of the three languages, with touch targets measured and focus seen.

The pages are found by walking the URL resolver, so a new page is checked without being listed
here; the ones that need an object get one from the demo data. axe-core comes from npm
(`npm ci` at the repository's root installs node_modules/axe-core).

Every page each role may open is audited once, in a language that rotates from page to page and
from role to role; a page then audited in fewer than three languages (one only a single role
opens) is audited again in the others. So every page × role and every page × language is
covered, in about a third of the audits of the full cross product.
"""

import os
from collections.abc import Callable, Iterator
from functools import cache
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.core.management.base import OutputWrapper
from django.core.management.color import no_style
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

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
# The pages are walked in this many tests (every SHARDS-th page each), so that the workers share
# the walk; each test walks its pages for every role and language as described above.
SHARDS = 3


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

AXE_RUN_JS = """async () => {
  const r = await axe.run(document, {resultTypes: ['violations']});
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
    page.evaluate(_axe_source())
    return page.evaluate(AXE_RUN_JS)


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


def log_in(page: Page, base: str, username: str, password: str, language: str) -> None:
    # Leave the last page first: one that redirects by itself would interrupt the login page,
    # and may still be redirecting when we leave (then let it land and leave again).
    for attempt in range(3):
        try:
            page.goto("about:blank")
            break
        except PlaywrightError:
            if attempt == 2:
                raise
            page.wait_for_load_state()
    page.context.clear_cookies()
    page.goto(f"{base}/accounts/login/?language={language}")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


@pytest.fixture
def demo_passwords() -> dict[str, str]:
    from demo.hospital import DEMO_USERS

    seed_demo_data()
    return {username: password for username, password, *_ in DEMO_USERS}


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_staff_page_in_every_language_has_no_serious_or_critical_violation_and_big_targets(
    demo_passwords, live_server, page, shard: int
) -> None:
    base = live_server.url
    paths = staff_pages()[shard::SHARDS]
    rows = []
    for language in LANGUAGES if shard == 0 else ():
        speak(page, base, language)
        rows += audit(page, base, "anonymous", language, ["/accounts/login/"])
    languages_of: dict[str, set[str]] = {}
    first_role: dict[str, str] = {}
    for i, role in enumerate(ROLES):
        log_in(page, base, role, demo_passwords[role], LANGUAGES[0])
        for j, path in enumerate(paths):
            language = LANGUAGES[(i + j) % len(LANGUAGES)]
            speak(page, base, language)
            for row in audit(page, base, role, language, [path]):
                rows.append(row)
                languages_of.setdefault(path, set()).add(language)
                first_role.setdefault(path, role)
    for role in ROLES:
        missing = [
            (path, language)
            for path, opener in first_role.items()
            if opener == role
            for language in LANGUAGES
            if language not in languages_of[path]
        ]
        if missing:
            log_in(page, base, role, demo_passwords[role], LANGUAGES[0])
        for path, language in missing:
            speak(page, base, language)
            rows += audit(page, base, role, language, [path])
    table = report(rows)
    if os.environ.get("A11Y_REPORT"):
        Path(f"{os.environ['A11Y_REPORT']}.{shard}.txt").write_text(table)
    print(table)
    assert len(first_role) >= 20 // SHARDS, table
    uncovered = {
        path: sorted(set(LANGUAGES) - {r["language"] for r in rows if r["path"] == path})
        for path in first_role
    }
    assert not any(uncovered.values()), uncovered
    failing = [r for r in rows if r["blocking"] or r["small"]]
    assert not failing, table


def test_focus_is_visible_on_every_link_and_button(demo_passwords, live_server, page) -> None:
    log_in(page, live_server.url, "guide", demo_passwords["guide"], "en")
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
