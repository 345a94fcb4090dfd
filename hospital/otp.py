"""django-otp's middleware with the session's device read by one plain statement.

Every request of a session that passed the admin's two-step check reads the device it was
verified with, so that a device deleted or unconfirmed since ends the verification at once.
django-otp reads it through the ORM (the model looked up by its label, a queryset built and
compiled): about a quarter of a remembered complaint changelist. The same row is read here by a
statement written once per process; the checks stay django-otp's own (`_finalize_device`: the
device is the session user's and confirmed, else the session forgets it).
"""

from functools import cache
from typing import Any

from django.db import connections, router
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject, empty
from django_otp.middleware import OTPMiddleware as DjangoOTPMiddleware
from django_otp.plugins.otp_totp.models import TOTPDevice


@cache
def _device_sql(using: str) -> str:
    """Return the statement reading a confirmed TOTP device's id and user by its id."""
    meta = TOTPDevice._meta
    quote = connections[using].ops.quote_name
    return (
        f"SELECT {quote('id')}, {quote('user_id')} FROM {quote(meta.db_table)} "
        f"WHERE {quote('id')} = %s AND {quote('confirmed')}"
    )


class OTPMiddleware(DjangoOTPMiddleware):
    """Set `request.user.otp_device` as django-otp does, reading a TOTP device in one statement.

    The device comes back as django-otp's query gives it when it is confirmed (its other fields
    load on first use); an unconfirmed one as no device, which django-otp's own check makes of
    it anyway. Another kind of device goes through django-otp's read.

    django-otp's lazy user wraps the authentication middleware's lazy user, so each of the
    forty-odd reads of `request.user` in a request went through two proxies; it wraps the user
    itself here (the same object: the authentication middleware's proxy gives it too).
    """

    def _verify_user_sync(self, request: HttpRequest, user: Any) -> Any:
        if isinstance(user, SimpleLazyObject):
            if user._wrapped is empty:
                user._setup()
            user = user._wrapped
        return super()._verify_user_sync(request, user)

    def _device_from_persistent_id(self, persistent_id: str) -> Any:
        label, _slash, number = self._normalize_persistent_id(persistent_id).rpartition("/")
        if label != TOTPDevice.model_label():
            return super()._device_from_persistent_id(persistent_id)
        try:
            pk = int(number)
        except ValueError:
            return None  # as django-otp: a malformed id is no device
        using = router.db_for_read(TOTPDevice)
        with connections[using].cursor() as cursor:
            cursor.execute(_device_sql(using), [pk])
            row = cursor.fetchone()
        if row is None:
            return None
        return TOTPDevice.from_db(using, ["id", "user_id", "confirmed"], [row[0], row[1], True])
