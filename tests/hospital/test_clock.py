"""One notion of today and of a day's bounds, in the hospital's time zone."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from hospital.clock import CLOCK_SKEW, check_not_future, day_bounds, local_now, local_today

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture(autouse=True)
def _english_messages():
    """The messages are asserted in English (msgids); zh-hans is the default language."""
    with translation.override("en"):
        yield


def test_day_bounds_run_from_local_midnight_to_the_next() -> None:
    start, end = day_bounds(dt.date(2026, 3, 16))
    assert start == dt.datetime(2026, 3, 16, tzinfo=SHANGHAI)
    assert end == dt.datetime(2026, 3, 17, tzinfo=SHANGHAI)


def test_day_bounds_follow_the_calendar_across_a_daylight_saving_change(settings) -> None:
    settings.TIME_ZONE = "Europe/Berlin"
    with timezone.override("Europe/Berlin"):
        start, end = day_bounds(dt.date(2026, 3, 29))  # clocks go forward: a 23-hour day
    assert end.astimezone(dt.UTC) - start.astimezone(dt.UTC) == dt.timedelta(hours=23)
    assert end.astimezone(ZoneInfo("Europe/Berlin")).hour == 0


def test_an_evening_in_utc_is_already_tomorrow_in_the_hospital() -> None:
    late = dt.datetime(2026, 3, 16, 17, 30, tzinfo=dt.UTC)  # 01:30 on the 17th in Shanghai
    start, end = day_bounds(dt.date(2026, 3, 17))
    assert start <= late < end


def test_local_now_and_today_are_in_hospital_time() -> None:
    now = local_now()
    assert now.utcoffset() == dt.timedelta(hours=8)
    assert local_today() == now.date()


def test_a_time_within_the_clock_skew_is_not_the_future() -> None:
    now = timezone.now()
    check_not_future(now + CLOCK_SKEW - dt.timedelta(seconds=1), field="arrived_at", now=now)
    check_not_future(None, field="arrived_at")


def test_a_time_beyond_the_clock_skew_is_refused_on_its_field() -> None:
    now = timezone.now()
    with pytest.raises(ValidationError) as refused:
        check_not_future(now + dt.timedelta(minutes=6), field="received_at", now=now)
    (error,) = refused.value.error_dict["received_at"]
    assert error.code == "in_future"
    assert "future" in error.messages[0]
