"""Model fields that several apps declare the same way."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise


def by_user_field(
    verbose_name: "str | _StrPromise", *, related_name: str = "+"
) -> models.ForeignKey:
    """Who did something that may not have happened yet: a staff member, empty until then, never
    deleted while named here."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name=related_name,
        verbose_name=verbose_name,
    )
