"""Playwright against Debian's Chromium at a tablet viewport, on Django's live server."""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# there are still synchronous, so Django's guard against async misuse would only get in the way.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not shutil.which(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium (make test does)")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1024, "height": 768}, "has_touch": True}


@pytest.fixture(autouse=True)
def _board_refreshes_at_once(settings) -> None:
    # The hall's tablets poll every 15 s; a test that waits for the board needs no such wait.
    settings.BOARD_REFRESH_SECONDS = 1


@pytest.fixture
def login(live_server, page):
    """Return a function that logs a user in on the tablet and leaves the page on their home."""

    def _login(username: str, password: str = "pass-for-tests-1", language: str = "zh-hans"):
        page.goto(f"{live_server.url}/accounts/login/?language={language}")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("button[type=submit]")
        # Logged in once the login page has redirected to the user's home.
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        return page

    return _login
