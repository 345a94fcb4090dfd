"""Working days: the one place that knows which days the hospital counts for "N working days".

Sources, in order of precedence:

1. the administrator's `CalendarDay` entries (closures and extra working days);
2. the `chinese_calendar` package (public holidays and make-up working days, 调休);
3. for a year the package does not cover yet: Monday to Friday — and administrators are warned
   (system check `hospital.W001`, and a message in the admin) to enter that year's holidays.

Deadlines are whole days (see README, "Working days"): the day something is received is day 0
whatever its time, the clock counts the next N working days, and the deadline is the end of the
N-th (23:59:59.999999 hospital time). Something received on a non-working day is therefore
counted like something received on the working day before it: a complaint received on Saturday
owes its first response by the end of Monday, as one received on Friday afternoon does.
"""

import datetime as dt
import os
import threading
import time
from functools import lru_cache
from typing import Any

import chinese_calendar
from django.core import checks
from django.db import DatabaseError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import CalendarDay

# Admin entries are read once per process and kept this long: another app server sees a new
# closure within a minute; the process that saved it sees it at once (receivers in apps.py).
CACHE_SECONDS = 60
# The farthest a loop looks for the next working day; no real calendar closes for longer.
_MAX_SEARCH_DAYS = 366

_lock = threading.Lock()
_cache: dict[str, Any] = {"loaded_at": None, "entries": {}}


def clear_cache(**signal_kwargs: Any) -> None:
    """Forget the admin's entries so that the next call reads them again.

    Connected to CalendarDay's post_save and post_delete: an entry saved or deleted in the
    admin, one at a time or many at once, counts in this process at once.
    """
    with _lock:
        _cache["loaded_at"] = None
        _cache["entries"] = {}


def _entries() -> dict[dt.date, str]:
    """Return {date: kind} of the admin's calendar entries, read at most once a minute."""
    loaded_at = _cache["loaded_at"]
    if loaded_at is not None and time.monotonic() - loaded_at < CACHE_SECONDS:
        return _cache["entries"]
    entries = dict(CalendarDay.objects.values_list("date", "kind"))
    with _lock:
        _cache["entries"] = entries
        _cache["loaded_at"] = time.monotonic()
    return entries


@lru_cache(maxsize=64)
def package_covers(year: int) -> bool:
    """Return whether the chinese_calendar package knows the holidays of this year."""
    try:
        chinese_calendar.is_workday(dt.date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def is_working_day(day: dt.date) -> bool:
    """Return whether the hospital counts this day as a working day."""
    kind = _entries().get(day)
    if kind is not None:
        return kind == "working_day"
    if package_covers(day.year):
        return chinese_calendar.is_workday(day)
    return day.weekday() < 5


def next_working_day(day: dt.date) -> dt.date:
    """Return the first working day strictly after `day`."""
    for _offset in range(_MAX_SEARCH_DAYS):
        day += dt.timedelta(days=1)
        if is_working_day(day):
            return day
    raise ValueError(f"No working day within a year after {day}: check the calendar entries.")


def end_of_day(day: dt.date) -> dt.datetime:
    """Return the last moment of `day` in the hospital's time zone (aware)."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.max))


def add_working_days(start: dt.datetime, days: int) -> dt.datetime:
    """Return the deadline N working days after `start`: the end of the N-th working day.

    The day of `start` (in hospital time) is day 0, whatever the time and whether or not it is a
    working day. `days=0` means "by the end of today", or of the next working day when today is
    not one.
    """
    if days < 0:
        raise ValueError("days must be zero or more")
    if timezone.is_naive(start):
        raise ValueError("start must be an aware datetime")
    day = timezone.localtime(start).date()
    if days == 0:
        return end_of_day(day if is_working_day(day) else next_working_day(day))
    for _count in range(days):
        day = next_working_day(day)
    return end_of_day(day)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Return how many working days follow `start` up to and including `end` (0 if none)."""
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


def years_to_watch(today: dt.date | None = None) -> list[int]:
    """Return the years whose deadlines are being computed: this one, and from December the next."""
    today = today or timezone.localdate()
    years = [today.year]
    if today.month == 12:
        years.append(today.year + 1)
    return years


def uncovered_years(today: dt.date | None = None, *, count_admin_entries: bool = True) -> list[int]:
    """Return the watched years that neither the package nor the admin's entries cover.

    A year counts as covered by the admin once it has at least one entry: whoever enters a year's
    holidays enters them all at once.
    """
    missing = [year for year in years_to_watch(today) if not package_covers(year)]
    if missing and count_admin_entries:
        entered = {day.year for day in _entries()}
        missing = [year for year in missing if year not in entered]
    return missing


def check_today() -> dt.date | None:
    """Return the day the system check judges from: FRONTDESK_TODAY (YYYY-MM-DD) if set.

    Only the check reads it. CI sets it so that `check --deploy --fail-level WARNING` gives the
    same answer every day of the year, while a real deployment (variable unset) is judged on its
    real date and warned when the package has no holidays for this year.
    """
    raw = os.environ.get("FRONTDESK_TODAY", "").strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"FRONTDESK_TODAY is {raw!r}: write it as YYYY-MM-DD.") from None


def check_calendar_coverage(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """Tell administrators when the public-holiday calendar does not know a watched year.

    This year uncovered is a warning: deadlines are being counted wrong now. Next year, watched
    through December, is only news: the package's new release or the admin's entries usually
    arrive in time, and a deployment check should not fail a month ahead.
    Registered in HospitalConfig.ready().
    """
    try:
        today = check_today()
    except ValueError as error:
        return [checks.Error(str(error), id="hospital.E001")]
    try:
        missing = uncovered_years(today)
    except DatabaseError:
        # No database yet (first migrate, `check` on a build machine): judge by the package alone.
        missing = uncovered_years(today, count_admin_entries=False)
    this_year = years_to_watch(today)[0]
    hint = (
        "Upgrade chinesecalendar, or enter that year's holidays and make-up working days as "
        "Calendar days in the admin."
    )
    return [
        checks.Warning(
            f"The chinese_calendar package has no public holidays for {year}: working days of "
            f"{year} are counted Monday to Friday.",
            hint=hint,
            id="hospital.W001",
        )
        if year == this_year
        else checks.Info(
            f"The chinese_calendar package has no public holidays for {year} yet: from "
            f"1 January, working days of {year} would be counted Monday to Friday.",
            hint=hint,
            id="hospital.I001",
        )
        for year in missing
    ]


def coverage_warning() -> str:
    """Return the message the admin shows while a watched year is not covered, else ''."""
    missing = uncovered_years()
    if not missing:
        return ""
    return str(
        _(
            "Public holidays for %(years)s are not known yet: working days are counted Monday "
            "to Friday. Enter that year's holidays and make-up working days as calendar days, "
            "or upgrade the chinesecalendar package."
        )
        % {"years": ", ".join(str(year) for year in missing)}
    )
