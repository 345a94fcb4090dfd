"""Model fields other apps declare the same way to point at reception's records."""

from typing import TYPE_CHECKING

from django.db import models

from hospital.fields import kept_key

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise


def concerned_visit_field(
    verbose_name: "str | _StrPromise", *, related_name: str
) -> models.ForeignKey:
    """The visit a record is about, when it is about one; a visit is never deleted while a
    record names it."""
    return kept_key("reception.Visit", verbose_name, related_name=related_name, required=False)
