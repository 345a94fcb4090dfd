"""Model fields that several apps declare the same way."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise


def by_user_field(
    verbose_name: "str | _StrPromise", *, related_name: str = "+", required: bool = False
) -> models.ForeignKey:
    """Who did something: a staff member, never deleted while named here. Optional (empty until it
    happens) unless `required` (the record is the doing)."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=not required,
        blank=not required,
        related_name=related_name,
        verbose_name=verbose_name,
    )
