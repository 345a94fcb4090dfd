import pytest

from hospital import workdays


@pytest.fixture(autouse=True)
def _fresh_calendar_cache():
    # Calendar entries made in one test must not leak into the next through the process cache.
    workdays.clear_cache()
    yield
    workdays.clear_cache()
