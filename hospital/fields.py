"""Model fields and constraints that several apps declare the same way."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise


def by_user_field(
    verbose_name: "str | _StrPromise",
    *,
    related_name: str = "+",
    required: bool = False,
    help_text: "str | _StrPromise" = "",
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
        help_text=help_text,
    )


def department_field(
    verbose_name: "str | _StrPromise",
    *,
    related_name: str = "+",
    required: bool = True,
    help_text: "str | _StrPromise" = "",
) -> models.ForeignKey:
    """A department a record names, never deleted while named here. Required unless
    `required=False` (empty until known, or when none applies)."""
    return models.ForeignKey(
        "hospital.Department",
        on_delete=models.PROTECT,
        null=not required,
        blank=not required,
        related_name=related_name,
        verbose_name=verbose_name,
        help_text=help_text,
    )


def desk_field(*, related_name: str) -> models.ForeignKey:
    """The desk a record belongs to, which scopes who sees it; a desk is never deleted while
    records name it."""
    return models.ForeignKey(
        "hospital.Desk", on_delete=models.PROTECT, related_name=related_name, verbose_name=_("desk")
    )


def record_type_field(*, editable: bool = True) -> models.ForeignKey:
    """The type half of a link to any record, beside a CharField `object_id`.

    The link outlives its record and even the record's type (SET_NULL): the row keeps what it
    wrote down about the record at the time.
    """
    return models.ForeignKey(
        ContentType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("type of record"),
        editable=editable,
    )


def stamped_after(later: str, earlier: str, *, name: str) -> models.CheckConstraint:
    """Check that the time in `later`, once stamped, is not before the time in `earlier`."""
    return models.CheckConstraint(
        condition=models.Q(**{f"{later}__isnull": True})
        | models.Q(**{f"{later}__gte": models.F(earlier)}),
        name=name,
    )
