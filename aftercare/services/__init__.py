"""The one write path of each aftercare record: views, admin, demo and commands call these."""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def refusal(field: str, message: "StrOrPromise", code: str) -> ValidationError:
    """Return a service's refusal keyed by the form field the person should fix."""
    return ValidationError({field: [ValidationError(message, code=code)]})
