"""A service's refusal, said on the field the person should fix.

Services raise a `ValidationError` dict keyed by field; `hospital.forms.apply_service_errors`
puts each message beside that field. `refusal` makes the one-field kind; `Refusals` gathers
every problem of a request first, so the person sees them all at once.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def refusal(field: str, message: "StrOrPromise", code: str) -> ValidationError:
    """Return the refusal of `field`'s value with `message`, for a service to raise."""
    return ValidationError({field: [ValidationError(message, code=code)]})


class Refusals:
    """The problems of one request, field by field, raised together by `raise_any`."""

    def __init__(self) -> None:
        self.errors: dict[str, list[ValidationError]] = {}

    def add(self, field: str, message: "StrOrPromise", code: str) -> None:
        self.errors.setdefault(field, []).append(ValidationError(message, code=code))

    @contextmanager
    def gathered(self) -> Iterator[None]:
        """Keep the refusal a check raises (a ValidationError by field) with the others."""
        try:
            yield
        except ValidationError as error:
            for field, errors in error.error_dict.items():
                self.errors.setdefault(field, []).extend(errors)

    def raise_any(self) -> None:
        """Refuse the request if any problem was found."""
        if self.errors:
            raise ValidationError(self.errors)
