"""Query parameters and posted ids, parsed through form fields: a bad value never reaches the ORM.

Hand parsing (`int(...)`, `str.isdigit()`, `date.fromisoformat`) lets through what Python accepts
and the database does not: `"²".isdigit()` is true, `2024-02-30` is well formed. Every view reads
its parameters through these helpers instead; a bad value is a translated message (or a 404 for an
object that cannot be found) and the request changes nothing.
"""

import datetime as dt
from typing import Any, TypeVar

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpRequest, QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

M = TypeVar("M", bound=models.Model)

DAY_FORMATS = ["%Y-%m-%d"]


# Days a page can be about. Outside them date arithmetic (the day before, four weeks back) and
# the database's own date range fail: year 1 or 9999 is a typo, not a filter.
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2999, 12, 31)
# The largest id a database column holds (bigint); a bigger number cannot name a row.
MAX_ID = 2**63 - 1


class DayField(forms.DateField):
    """An ISO day (2026-05-04); an impossible one (2024-02-30) is an error, not a crash."""

    default_error_messages = {
        "invalid": gettext_lazy("Write the date as YYYY-MM-DD, e.g. 2026-05-04."),
        "out_of_range": gettext_lazy("Choose a date between 1900 and 2999."),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("input_formats", DAY_FORMATS)
        super().__init__(**kwargs)

    def validate(self, value: dt.date | None) -> None:
        super().validate(value)
        if value is not None and not FIRST_DAY <= value <= LAST_DAY:
            raise ValidationError(self.error_messages["out_of_range"], code="out_of_range")


class IdField(forms.ModelChoiceField):
    """One row of `queryset` by its id; anything that is not one of them is `invalid_choice`."""

    default_error_messages = {
        "invalid_choice": gettext_lazy("That choice does not exist (any more); choose again."),
    }

    def __init__(self, queryset: models.QuerySet[Any], **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(queryset, **kwargs)


class IdsField(forms.ModelMultipleChoiceField):
    """Several rows of `queryset` by id.

    Django's field asks the database with `pk__in` before checking the ids are numbers a column
    can hold; a 30-digit id then fails inside the database driver. Refuse it first.
    """

    def _check_values(self, value: Any) -> models.QuerySet[Any]:
        if (self.to_field_name or "pk") == "pk":
            for pk in value:
                try:
                    number = int(str(pk))
                except ValueError:
                    number = 0
                if not 0 < number <= MAX_ID:
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": str(pk)[:20]},
                    )
        return super()._check_values(value)  # type: ignore[misc]  # private in django-stubs


def clean_param(data: QueryDict | dict[str, Any], name: str, field: forms.Field) -> Any:
    """Return `field`'s clean value of `data[name]`; raise the field's ValidationError if bad."""
    form_class = type("ParamForm", (forms.Form,), {name: field})
    form = form_class(data)
    if form.is_valid():
        return form.cleaned_data[name]
    raise ValidationError(form.errors[name].as_data())


def query_day(request: HttpRequest, name: str, *, default: dt.date) -> dt.date:
    """Return the day in `?name=`, or `default` when it is missing.

    A bad day shows a message and the page falls back to `default` (a filter link typed by hand
    should still land on a page).
    """
    try:
        day = clean_param(request.GET, name, DayField())
    except ValidationError:
        messages.warning(
            request,
            _("“%(value)s” is not a date (write it as YYYY-MM-DD); showing %(day)s instead.")
            % {"value": request.GET.get(name, "")[:40], "day": default.isoformat()},
        )
        return default
    return day or default


def query_object(request: HttpRequest, queryset: models.QuerySet[M], name: str) -> M | None:
    """Return the row of `queryset` named by `?name=`, None when it is missing; 404 when bad."""
    try:
        return clean_param(request.GET, name, IdField(queryset))
    except ValidationError:
        raise Http404(_("That choice does not exist (any more); choose again.")) from None


def query_id(request: HttpRequest, queryset: models.QuerySet[M], name: str) -> M | None:
    """Return the row of `queryset` named by `?name=`, or None when it is missing or bad.

    For prefill parameters: a stale or mistyped link opens an empty form rather than an error.
    """
    try:
        return clean_param(request.GET, name, IdField(queryset))
    except ValidationError:
        return None


def posted_object(request: HttpRequest, queryset: models.QuerySet[M], name: str) -> M | None:
    """Return the row of `queryset` named by the posted `name`, or None with an error message.

    The caller redirects back when it gets None: nothing was changed.
    """
    try:
        obj = clean_param(request.POST, name, IdField(queryset, required=True))
    except ValidationError:
        messages.error(request, _("That choice does not exist (any more); choose again."))
        return None
    return obj
