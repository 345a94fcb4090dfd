"""The browser tests' own gate: pages come with the collected, hashed static files, and a CSP
violation, a script error or a static file that does not load is caught."""

import re

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import watch_for_errors

pytestmark = pytest.mark.django_db(transaction=True)


def test_pages_link_the_collected_hashed_files_and_they_load(live_server, page) -> None:
    page.goto(f"{live_server.url}/accounts/login/?language=en")

    stylesheets = page.eval_on_selector_all("link[rel=stylesheet]", "ls => ls.map(l => l.href)")
    scripts = page.eval_on_selector_all("script[src]", "ss => ss.map(s => s.src)")
    assert stylesheets and scripts
    # The manifest's names: frontdesk.3f2a1c9e0b7d.css, never the source name.
    hashed = re.compile(r"/static/.+\.[0-9a-f]{12}\.(css|js)$")
    assert all(hashed.search(url) for url in stylesheets + scripts), stylesheets + scripts
    loaded = page.evaluate("[...document.styleSheets].filter(s => s.cssRules.length).length")
    assert loaded == len(stylesheets)
    # Only the site answers: no file of the working directory (the live server's media handler).
    assert page.request.get(f"{live_server.url}/manage.py").status == 404


def test_the_watch_catches_csp_violations_script_errors_and_missing_files(
    live_server, browser: Browser
) -> None:
    context = browser.new_context()
    errors = watch_for_errors(context)
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/login/?language=en")

    # What a template might do by mistake: an inline style, an inline script, a stale file name.
    # Each mistake notes when the browser has dealt with it, and the test waits for all three.
    page.evaluate(
        """() => {
          window.seen = {violations: 0};
          document.addEventListener('securitypolicyviolation', () => { window.seen.violations++; });
          document.body.setAttribute('style', 'color: red');
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.body.append(script);
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = '/static/css/gone.css';
          link.addEventListener('error', () => { window.seen.stylesheet = true; });
          document.head.append(link);
          setTimeout(() => { window.seen.thrown = true; throw new Error('broken handler'); });
        }"""
    )
    page.wait_for_function(
        "() => window.seen.violations >= 2 && window.seen.stylesheet && window.seen.thrown"
    )
    context.close()

    report = "\n".join(errors)
    assert "CSP violation: style-src-attr" in report, report
    assert "CSP violation: script-src" in report, report
    # Chromium refuses the 404 page as a stylesheet (its type is HTML) and says so.
    assert re.search(r"(404|failed|Refused).*/static/css/gone\.css", report), report
    assert "script error: broken handler" in report, report
