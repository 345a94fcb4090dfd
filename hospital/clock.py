"""The hospital's clock: what "today" is, where a day starts and ends, and how far ahead is too far.

Every date a person sees is a date in the hospital's time zone (settings.TIME_ZONE), whatever
the server's own zone: "today's visits" run from local midnight to the next local midnight.
"""

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from .refusals import refusal

# A tablet's clock may run a few minutes ahead of the server's: a time typed as "now" on it is
# not in the future yet. Further ahead is a typo (wrong day, wrong hour).
CLOCK_SKEW = dt.timedelta(minutes=5)


def local_now() -> dt.datetime:
    """Return the current time in the hospital's time zone (aware)."""
    return timezone.localtime()


def local_today() -> dt.date:
    """Return today's date in the hospital's time zone."""
    return timezone.localdate()


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Return local midnight at the start of `day` and at the start of the next day (aware).

    Both ends are computed from the calendar date, not by adding 24 hours, so the bounds stay
    right in a zone with daylight saving time. Filter with `start <= t < end`.
    """
    start = timezone.make_aware(dt.datetime.combine(day, dt.time.min))
    end = timezone.make_aware(dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min))
    return start, end


def check_not_future(
    at: dt.datetime | None,
    *,
    field: str,
    now: dt.datetime | None = None,
    message: str | None = None,
) -> None:
    """Refuse a time later than now (plus CLOCK_SKEW) with a ValidationError on `field`."""
    if at is None:
        return
    if at > (now or timezone.now()) + CLOCK_SKEW:
        raise refusal(
            field, message or _("That time is in the future: check the date and time."), "in_future"
        )
