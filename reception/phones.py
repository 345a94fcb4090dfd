"""Phone numbers as the front desk hears them, validated and stored in one normal form."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^(0\d{2,3})(\d{7,8})$")
_INTERNATIONAL = re.compile(r"^\+[1-9]\d{6,14}$")
_SEPARATORS = re.compile(r"[\s\-().\u3000\uff0d\u2010-\u2015]")


def normalise_phone(raw: str) -> str:
    """Return the phone in normal form, or raise ValidationError saying what is wrong.

    Mainland mobiles become 11 digits (a +86 prefix is dropped), landlines `0AA-NNNNNNNN`, and
    other countries `+CC…`. Full-width digits from a Chinese keyboard are accepted.
    """
    value = _SEPARATORS.sub("", (raw or "").strip()).translate(_FULL_WIDTH)
    if not value:
        return ""
    if value.startswith("00"):
        value = "+" + value[2:]
    if value.startswith("+86"):
        value = value[3:]
        if not value.startswith("1") and not value.startswith("0"):
            value = "0" + value  # +86 10 1234 5678 is the Beijing landline 010-12345678
    if _MOBILE.match(value):
        return value
    landline = _LANDLINE.match(value)
    if landline:
        return f"{landline.group(1)}-{landline.group(2)}"
    if _INTERNATIONAL.match(value):
        return value
    raise ValidationError(
        _(
            "Enter a mainland mobile (11 digits, e.g. 13812345678), a landline with its area "
            "code (e.g. 010-12345678) or an international number starting with +."
        ),
        code="invalid_phone",
    )


_FULL_WIDTH = str.maketrans("０１２３４５６７８９＋", "0123456789+")
