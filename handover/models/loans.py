"""What a loan of the desk's things (keys, equipment) has in both registers: when and to whom
it came back, and which loans are still out."""

from datetime import datetime
from typing import Self

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hospital.fields import by_user_field

# A loan still out: the condition of the registers' partial indexes and of `open()`.
STILL_OUT = models.Q(returned_at__isnull=True)


def still_out_index(*fields: str, name: str) -> models.Index:
    """Index the loans still out by `fields`: the registers and the boards read only those."""
    return models.Index(fields=list(fields), name=name, condition=STILL_OUT)


def returned_at_field() -> models.DateTimeField:
    return models.DateTimeField(_("returned at"), null=True, blank=True)


def returned_to_field() -> models.ForeignKey:
    return by_user_field(_("returned to"))


class LoanQuerySet(models.QuerySet):
    def open(self) -> Self:
        return self.filter(STILL_OUT)


class LoanMixin:
    """Whether a loan is still out, and whether it is past its due-back time."""

    returned_at: datetime | None
    due_back_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.returned_at is None

    @property
    def is_overdue(self) -> bool:
        return (
            self.returned_at is None
            and self.due_back_at is not None
            and self.due_back_at < timezone.now()
        )
