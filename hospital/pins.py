"""Short PINs that unlock a tablet session, and the one check behind every "unlock" form.

A guide or the security desk logs in with the password; when the tablet then sits idle the
session is locked, not ended (`hospital.security.SessionLimitsMiddleware`), and the owner's PIN
or password opens it again within the shift's absolute limit. Staff who can open the admin use
their password only: a PIN is four to six digits, too little for what the admin reaches.

The same check serves the lock screen and the kiosk's "return to the staff screen". Every wrong
try counts on the owner's `StaffPin` (whichever session made it); at PIN_FAILURE_LIMIT the PIN
stops working, the session ends and only a password login (which resets the count) opens the
tablet again. Wrong passwords on the login page are django-axes' to count.
"""

import logging
from typing import Any

from django import forms
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import StaffPin
from .refusals import refusal
from .roles import Role, has_role

security_log = logging.getLogger("hospital.security")

# What `pin_set` refuses, by code (the form shows them under the PIN).
PIN_ERRORS = {
    "format": _("A PIN is four to six digits (0–9)."),
    "trivial": _(
        "That PIN is among the first anyone would try (a sequence, a repeat, a year or a "
        "common PIN): choose another."
    ),
    "mismatch": _("The two PINs differ: type the same PIN twice."),
    "not_allowed": _("Staff who can open the administration unlock with their password only."),
}

PIN_FAILURE_LIMIT = 5
PIN_MIN_LENGTH, PIN_MAX_LENGTH = 4, 6

# The PINs people pick first (published PIN-frequency studies, and the lucky and loving numbers
# of Chinese usage); sequences, repeats and years are refused by rule in `pin_problem`.
COMMON_PINS = frozenset(
    {
        "1004", "2580", "0852", "1314", "5201", "5211", "0520", "1688", "6868", "8866",
        "6688", "168168", "518518", "520520", "521521", "131420", "147258", "159753",
        "258456", "147852", "123321", "112233", "110110", "119119", "120120", "100200",
    }
)  # fmt: skip


def pin_problem(pin: str) -> str | None:
    """Return why `pin` may not be a PIN (a code), or None when it may."""
    if not (pin.isascii() and pin.isdigit()) or not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
        return "format"
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    if len(steps) == 1 and steps <= {0, 1, 9}:
        return "trivial"  # 0000, 1234, 8901, 4321
    for period in (2, 3):
        if len(pin) > period and pin == (pin[:period] * len(pin))[: len(pin)]:
            return "trivial"  # 1212, 123123, 10101
    if len(pin) == 4 and 1930 <= int(pin) <= 2039:
        return "trivial"  # a year: a birthday, the year the hospital opened
    if pin in COMMON_PINS:
        return "trivial"
    return None


def may_use_pin(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    """Return whether this user may unlock with a PIN: guides and security, not admin staff."""
    if user is None or not user.is_authenticated or getattr(user, "is_staff", False):
        return False
    return has_role(user, Role.GUIDE, Role.SECURITY_DESK)


def usable_pin(user: AbstractBaseUser | AnonymousUser | None) -> StaffPin | None:
    """Return the user's PIN when it may unlock a session now (set, allowed, not blocked)."""
    if user is None or not may_use_pin(user):
        return None
    pin = StaffPin.objects.filter(user_id=getattr(user, "pk", None) or 0).first()
    if pin is None or pin.failures >= PIN_FAILURE_LIMIT:
        return None
    return pin


@transaction.atomic
def pin_set(*, user: AbstractBaseUser, pin: str) -> StaffPin:
    """Set (or replace) the user's PIN; raise ValidationError for a PIN that may not be used."""
    if not may_use_pin(user):
        raise refusal("pin", PIN_ERRORS["not_allowed"], "not_allowed")
    problem = pin_problem(pin)
    if problem is not None:
        raise refusal("pin", PIN_ERRORS[problem], problem)
    staff_pin, _created = StaffPin.objects.select_for_update().get_or_create(
        user_id=user.pk, defaults={"pin": make_password(pin)}
    )
    staff_pin.pin = make_password(pin)
    staff_pin.failures = 0
    staff_pin.set_at = timezone.now()
    staff_pin.save()
    return staff_pin


def pin_remove(*, user: AbstractBaseUser) -> bool:
    """Remove the user's PIN (the lock screen then ends the session); return if there was one."""
    deleted, _rows = StaffPin.objects.filter(user_id=user.pk).delete()
    return bool(deleted)


def pin_failures_reset(user: AbstractBaseUser) -> None:
    """Let the PIN work again after its owner proved the password (a login)."""
    StaffPin.objects.filter(user_id=user.pk, failures__gt=0).update(failures=0)


def unlock_check(user: AbstractBaseUser, secret: str) -> bool:
    """Return whether `secret` is this user's PIN or password; count a wrong try on the PIN.

    A secret of four to six digits is tried as the PIN when the user has a usable one (no
    password of the hospital's policy is that short); anything else as the password.
    """
    staff_pin = usable_pin(user)
    looks_like_pin = secret.isascii() and secret.isdigit() and len(secret) <= PIN_MAX_LENGTH
    if staff_pin is not None and looks_like_pin:
        ok = check_password(secret, staff_pin.pin, setter=lambda raw: _rehash(staff_pin, raw))
    else:
        ok = bool(secret) and user.check_password(secret)
    if not ok:
        StaffPin.objects.filter(user_id=user.pk).update(failures=F("failures") + 1)
        security_log.warning("Wrong PIN or password on an unlock screen for %s", user.pk)
    return ok


def unlock_failures(user: AbstractBaseUser) -> int:
    """Return how many wrong tries the user's PIN has had since the last password login."""
    return StaffPin.objects.filter(user_id=user.pk).values_list("failures", flat=True).first() or 0


def _rehash(staff_pin: StaffPin, raw: str) -> None:
    staff_pin.pin = make_password(raw)
    staff_pin.save(update_fields=["pin"])


class UnlockForm(forms.Form):
    """The PIN or password of the staff member logged in, typed to take the tablet back.

    The field keeps the name `password` (password managers and the kiosk's template know it).
    """

    password = forms.CharField(
        label=_("Your password or PIN"),
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Type your password or PIN to return to the staff screen.")},
    )

    error_messages = {
        "wrong_password": _("That is not the password or PIN of the staff member logged in."),
    }

    def __init__(self, *args: Any, user: AbstractBaseUser | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        secret = self.cleaned_data["password"]
        if self.user is None or not unlock_check(self.user, secret):
            raise ValidationError(self.error_messages["wrong_password"], code="wrong_password")
        return secret


class PinForm(forms.Form):
    """Set a PIN: the password first (whoever holds the tablet must not set one), then the PIN."""

    current_password = forms.CharField(
        label=_("Your password"),
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    pin = forms.CharField(
        label=_("New PIN"),
        strip=False,
        max_length=PIN_MAX_LENGTH,
        help_text=_("Four to six digits, not a sequence, a repeat or a year."),
        widget=forms.PasswordInput(
            attrs={"autocomplete": "new-password", "inputmode": "numeric", "pattern": "[0-9]*"}
        ),
    )
    pin_again = forms.CharField(
        label=_("The new PIN again"),
        strip=False,
        max_length=PIN_MAX_LENGTH,
        widget=forms.PasswordInput(
            attrs={"autocomplete": "new-password", "inputmode": "numeric", "pattern": "[0-9]*"}
        ),
    )

    error_messages = {"wrong_password": _("That is not your password."), **PIN_ERRORS}

    def __init__(self, *args: Any, user: AbstractBaseUser, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_current_password(self) -> str:
        password = self.cleaned_data["current_password"]
        if not self.user.check_password(password):
            raise ValidationError(self.error_messages["wrong_password"], code="wrong_password")
        return password

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        pin, again = data.get("pin"), data.get("pin_again")
        if pin and again is not None and pin != again:
            self.add_error(
                "pin_again", ValidationError(self.error_messages["mismatch"], code="mismatch")
            )
        return data
