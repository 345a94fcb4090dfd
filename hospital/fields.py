"""Model fields and constraints that several apps declare the same way."""

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise


def kept_key(
    to: str,
    verbose_name: "str | _StrPromise",
    *,
    related_name: str = "+",
    required: bool = True,
    help_text: "str | _StrPromise" = "",
    db_index: bool = True,
) -> models.ForeignKey:
    """A key to a record that is never deleted while named here (PROTECT). Required unless
    `required=False` (empty until known, or when none applies). `db_index=False` where a
    composite index of the model's already starts with this key."""
    return models.ForeignKey(
        to,
        on_delete=models.PROTECT,
        null=not required,
        blank=not required,
        related_name=related_name,
        verbose_name=verbose_name,
        help_text=help_text,
        db_index=db_index,
    )


def by_user_field(
    verbose_name: "str | _StrPromise", *, required: bool = False, **options: Any
) -> models.ForeignKey:
    """Who did something: a staff member. Optional (empty until it happens) unless `required`
    (the record is the doing)."""
    return kept_key(settings.AUTH_USER_MODEL, verbose_name, required=required, **options)


def department_field(verbose_name: "str | _StrPromise", **options: Any) -> models.ForeignKey:
    """A department a record names (required unless `required=False`)."""
    return kept_key("hospital.Department", verbose_name, **options)


def desk_field(*, related_name: str, **options: Any) -> models.ForeignKey:
    """The desk a record belongs to, which scopes who sees it."""
    return kept_key("hospital.Desk", _("desk"), related_name=related_name, **options)


def loose_key(
    to: "type[models.Model] | str", verbose_name: "str | _StrPromise", **options: Any
) -> models.ForeignKey:
    """An optional key that outlives the record it names: emptied when that record goes
    (SET_NULL), never followed back from it."""
    return models.ForeignKey(
        to,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=verbose_name,
        **options,
    )


def record_type_field(*, editable: bool = True) -> models.ForeignKey:
    """The type half of a link to any record, beside a CharField `object_id`.

    The link outlives its record and even the record's type (SET_NULL): the row keeps what it
    wrote down about the record at the time.
    """
    return loose_key(ContentType, _("type of record"), editable=editable)


def stamped_after(later: str, earlier: str, *, name: str) -> models.CheckConstraint:
    """Check that the time in `later`, once stamped, is not before the time in `earlier`."""
    return models.CheckConstraint(
        condition=models.Q(**{f"{later}__isnull": True})
        | models.Q(**{f"{later}__gte": models.F(earlier)}),
        name=name,
    )


def choice_check(field: str, values: Iterable[str], *, name: str) -> models.CheckConstraint:
    """Check that `field` holds one of `values`.

    Meta cannot see its model's nested choices, so a model writes its values out (in the
    choices' order, as its migrations have them) or passes a module-level `Choices.values`.
    """
    return models.CheckConstraint(condition=models.Q(**{f"{field}__in": list(values)}), name=name)
