"""Model fields other apps declare the same way to point at reception's records."""

from typing import TYPE_CHECKING

from django.db import models

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise


def concerned_visit_field(
    verbose_name: "str | _StrPromise", *, related_name: str
) -> models.ForeignKey:
    """The visit a record is about, when it is about one; a visit is never deleted while a
    record names it."""
    return models.ForeignKey(
        "reception.Visit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name=related_name,
        verbose_name=verbose_name,
    )
