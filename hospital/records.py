"""How every app writes a record: who did it, which version it was, and which moves are legal.

One of each, used by visits, complaints, sheets and every other record a person changes:

- `save_as(obj, by)` saves and records who acted in the history;
- `VersionedModel` counts versions, so that a second tablet acting on an old page is refused
  (`locked(..., expected_version=...)`) instead of overwriting what the first one did;
- `IdempotentModel.create_once()` turns a double tap or a reload into the row already saved;
- `transition(obj, to, by=...)` is the one status change, checked against the model's
  `TRANSITIONS` table.

Errors are `ValidationError` dicts with codes, so `hospital.forms.apply_service_errors` can put
them on any form, and they carry `.code` for the code that only needs to know what happened.
"""

import uuid
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, Self

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.manager import HistoryDescriptor

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django_stubs_ext import StrOrPromise


class StaleVersion(ValidationError):
    """Someone else saved the record after this person loaded it; nothing was changed."""

    def __init__(self, message: "StrOrPromise") -> None:
        super().__init__({"version": [ValidationError(message, code="stale")]})
        self.code = "stale"


class IllegalTransition(ValidationError):
    """The record cannot make this move from its present status; nothing was changed."""

    def __init__(self, message: "StrOrPromise") -> None:
        super().__init__({"status": [ValidationError(message, code="illegal_transition")]})
        self.code = "illegal_transition"


def save_as(
    obj: models.Model, by: "AbstractBaseUser | None", *, update_fields: Iterable[str] | None = None
) -> None:
    """Save `obj` and record `by` as the person who acted, in its history.

    A versioned record that already exists gets its next version. `by` is a user (None for the
    system: a cron job, a migration).
    """
    fields = None if update_fields is None else set(update_fields)
    if isinstance(obj, VersionedModel) and not obj._state.adding:
        obj.version += 1
        if fields is not None:
            fields.add("version")
    # django-simple-history reads the acting user from here before any request middleware.
    obj._history_user = by  # type: ignore[attr-defined]
    obj.save(update_fields=fields)


@cache
def _history_manager_class(manager: Any, queryset: type) -> Any:
    return manager.from_queryset(queryset)


def _history(self: HistoryDescriptor, instance: models.Model | None, owner: type) -> Any:
    """Return `Model.history` as django-simple-history does, from a class built once."""
    return _history_manager_class(self.manager_class, self.queryset_class)(self.model, instance)


def remember_history_managers() -> None:
    """Build the manager class of `Model.history` once instead of on every read (at start-up).

    django-simple-history builds a new class (`Manager.from_queryset`, which walks the
    queryset's members with `inspect`) each time `history` is read, and every save reads it to
    write its history row: about 0.8 ms of CPU a save, two on every walk-in.
    """
    HistoryDescriptor.__get__ = _history


class VersionedModel(models.Model):
    """A record two people may change at once: each save through `save_as` bumps the version."""

    version = models.PositiveIntegerField(gettext_lazy("version"), default=1, editable=False)

    class Meta:
        abstract = True

    @classmethod
    def locked(
        cls,
        pk_or_obj: "int | str | VersionedModel",
        *,
        expected_version: int | None = None,
        related: Iterable[str] = (),
    ) -> Self:
        """Return the row, locked for this transaction (call inside `transaction.atomic`).

        With `expected_version`, refuse with `StaleVersion` when someone saved it since that
        version was shown. `related` names foreign keys to read in the same query; only this
        model's row is locked.
        """
        pk = pk_or_obj.pk if isinstance(pk_or_obj, models.Model) else pk_or_obj
        rows = cls._default_manager.select_for_update(of=("self",))
        if related:
            rows = rows.select_related(*related)
        obj = rows.get(pk=pk)
        if expected_version is not None and obj.version != expected_version:
            raise obj.stale_error(expected_version)
        return obj

    def stale_error(self, expected_version: int) -> ValidationError:
        """Return the error for a change based on `expected_version`; override to say more."""
        return StaleVersion(
            _(
                "Someone else changed this %(record)s a moment ago; nothing of yours was saved. "
                "Check it again and redo your change."
            )
            % {"record": self._meta.verbose_name}
        )


class IdempotentModel(models.Model):
    """A record created from a form: the form's token makes a double submit create it once.

    The form carries a fresh `uuid4` in a hidden field; the unique index keeps one row per token
    even when two requests race.
    """

    form_token = models.UUIDField(
        gettext_lazy("form token"), null=True, blank=True, editable=False, unique=True
    )

    class Meta:
        abstract = True

    @classmethod
    def created_with(cls, form_token: uuid.UUID | None) -> Self | None:
        """Return the row a form with this token already created, or None."""
        if form_token is None:
            return None
        return cls._default_manager.filter(form_token=form_token).first()

    @classmethod
    def create_once(
        cls,
        *,
        form_token: uuid.UUID | None,
        by: "AbstractBaseUser | None",
        **fields: Any,
    ) -> tuple[Self, bool]:
        """Create the row and return (row, True); for a token already used return (row, False).

        Without a token (a command, the demo data) the row is always created. A busy path where
        a repeat is rare may skip the read before the insert and this savepoint: insert in its
        own transaction, and on IntegrityError return `created_with(form_token)` (the walk-in).
        """
        existing = cls.created_with(form_token)
        if existing is not None:
            return existing, False
        obj = cls(form_token=form_token, **fields)
        try:
            with transaction.atomic():
                save_as(obj, by)
        except IntegrityError:
            # The other request of a double tap won the race for the token: return its row.
            existing = cls.created_with(form_token)
            if existing is None:
                raise
            return existing, False
        return obj, True


def transition(
    obj: models.Model,
    to: str,
    *,
    by: "AbstractBaseUser | None",
    at: datetime | None = None,
    update_fields: Iterable[str] = (),
) -> None:
    """Move `obj` to status `to` and save it as `by`: the one way any record changes status.

    The model declares `TRANSITIONS` (from-status -> allowed to-statuses). It may declare
    `STATUS_TIMESTAMPS` (status -> field), stamped with `at` (default now) the first time that
    status is reached. An illegal move raises `IllegalTransition` and changes nothing, not even
    the object in memory. Lock the row first (`Model.locked(...)`) when two people may race.
    `update_fields` limits the save to the status, its timestamp, the version and these fields;
    empty saves every field (the caller may have set others alongside).
    """
    table: dict[str, frozenset[str]] = type(obj).TRANSITIONS  # type: ignore[attr-defined]
    current: str = obj.status  # type: ignore[attr-defined]
    if to not in table.get(current, frozenset()):
        raise _illegal(obj, to)
    obj.status = to  # type: ignore[attr-defined]
    fields = set(update_fields)
    stamped: dict[str, str] = getattr(type(obj), "STATUS_TIMESTAMPS", {})
    stamp = stamped.get(to)
    if stamp and getattr(obj, stamp) is None:
        setattr(obj, stamp, at or timezone.now())
        if fields:  # an empty update_fields saves every field, the stamp with them
            fields.add(stamp)
    if fields:
        fields.add("status")
    save_as(obj, by, update_fields=fields or None)


def _illegal(obj: models.Model, to: str) -> IllegalTransition:
    custom = getattr(obj, "illegal_transition_message", None)
    if custom is not None:
        return IllegalTransition(custom(to))
    field = obj._meta.get_field("status")
    labels = dict(getattr(field, "flatchoices", ()))
    current: str = obj.status  # type: ignore[attr-defined]
    return IllegalTransition(
        _("A %(record)s that is “%(current)s” cannot become “%(new)s”.")
        % {
            "record": obj._meta.verbose_name,
            "current": labels.get(current, current),
            "new": labels.get(to, to),
        }
    )
