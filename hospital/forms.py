"""Putting a service's refusal on the form the person filled in.

Forms parse and normalise; services hold the rules and raise `ValidationError` dicts keyed by
the field the person should fix. `apply_service_errors` shows each message next to that field,
so a rule is written once, in the service, and still reads like form validation. Where no form
is shown again (a one-tap button), `refuse` says the refusal above the page and `carry_out` runs
the service and says how it went.
"""

from collections.abc import Callable
from typing import Any, TypeVar

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from .records import StaleVersion

T = TypeVar("T")


class LinesField(forms.CharField):
    """Text of a few lines written on a tablet, in a textarea `rows` lines high (with `attrs`)."""

    def __init__(
        self, *, rows: int = 2, attrs: dict[str, str] | None = None, **kwargs: Any
    ) -> None:
        kwargs.setdefault("widget", forms.Textarea(attrs={**(attrs or {}), "rows": rows}))
        super().__init__(**kwargs)


def apply_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Add the service's errors (with their codes) to `form`.

    A key the form has as a field goes on that field; any other key ("version", "status", a
    model field the form does not show) and a plain message become non-field errors.
    """
    form.errors  # noqa: B018 - validate first: add_error() extends the form's own errors
    if not hasattr(form, "cleaned_data"):
        form.cleaned_data = {}  # an unbound form has none, and add_error() looks there
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for key, errors in error.error_dict.items():
        target = key if key in form.fields and key != "__all__" else None
        for item in errors:
            form.add_error(target, item)


def submit(
    form: forms.BaseForm, action: Callable[[dict[str, Any]], T], *, stale_above: bool = False
) -> T | None:
    """Validate `form`, then call the service with its cleaned data; put a refusal on the form.

    Return what the service made, or None when the form or the service refused (the form's
    errors say why). `stale_above`: a stale version is said above the form, not on its hidden
    version field.
    """
    if not form.is_valid():
        return None
    try:
        return action(form.cleaned_data)
    except StaleVersion as error:
        if stale_above:
            form.add_error(None, error.messages)
        else:
            apply_service_errors(form, error)
    except ValidationError as error:
        apply_service_errors(form, error)
    return None


def refuse(request: HttpRequest, error: ValidationError) -> None:
    """Say the service's refusal above the next page."""
    messages.error(request, " ".join(error.messages))


def carry_out(
    request: HttpRequest,
    action: Callable[[], T],
    done: str | Callable[[T], str],
    *,
    level: int = messages.SUCCESS,
) -> T | None:
    """Run a service call and say how it went: `done` (or what it makes of the result) when it
    went through, the refusal when the service refused. Return the result, None when refused."""
    try:
        result = action()
    except ValidationError as error:
        refuse(request, error)
        return None
    messages.add_message(request, level, done(result) if callable(done) else done)
    return result
