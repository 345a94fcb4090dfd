"""The key register: issue, return, lost, lock changed."""

import uuid
from datetime import datetime

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from alerts.services import Kind, notify, security_and_supervisors
from hospital.records import save_as
from hospital.roles import Role, has_role

from ..models import Key, KeyLoan
from .sheets import is_shift_lead


@transaction.atomic
def key_issue(
    *,
    key: Key,
    by: User,
    issued_to: str,
    purpose: str,
    due_back_at: datetime | None,
    form_token: uuid.UUID | None = None,
) -> KeyLoan:
    """Issue one copy of a key to a named person, as the shift lead (seed 000 篇2 §2).

    The same `form_token` twice (a double tap) returns the register line already written.
    """
    if not is_shift_lead(by):
        raise ValidationError(_("Only the shift lead issues keys."), code="not_lead")
    key = Key.objects.select_for_update().get(pk=key.pk)
    errors: dict[str, ValidationError] = {}
    if not (issued_to or "").strip():
        errors["issued_to"] = ValidationError(
            _("Write the name of the person who takes the key."), code="required"
        )
    if not (purpose or "").strip():
        errors["purpose"] = ValidationError(_("Say what the key is for."), code="required")
    now = timezone.now()
    if due_back_at is None or due_back_at <= now:
        errors["due_back_at"] = ValidationError(
            _("The key must be due back later than now."), code="due_in_past"
        )
    if errors:
        raise ValidationError(errors)
    already = KeyLoan.created_with(form_token)
    if already is not None:
        return already
    out = KeyLoan.objects.open().filter(key=key).count()
    if out >= key.copies:
        raise ValidationError(
            _("No copy of %(key)s is in the cabinet (%(copies)s in service, %(out)s out).")
            % {"key": key, "copies": key.copies, "out": out},
            code="none_left",
        )
    loan, _created = KeyLoan.create_once(
        form_token=form_token,
        by=by,
        key=key,
        issued_to=issued_to.strip(),
        purpose=purpose.strip(),
        issued_by=by,
        issued_at=now,
        due_back_at=due_back_at,
    )
    return loan


def _open_key_loan(key: Key, loan: KeyLoan | None) -> KeyLoan:
    if loan is not None:
        loan = KeyLoan.objects.select_for_update().get(pk=loan.pk)
        if loan.key_id != key.pk:
            raise ValidationError(_("This register line is for another key."), code="wrong_key")
        if not loan.is_open:
            raise ValidationError(
                _("%(key)s was already returned at %(time)s.")
                % {"key": key, "time": timezone.localtime(loan.returned_at).strftime("%H:%M")},
                code="already_returned",
            )
        return loan
    loan = KeyLoan.objects.select_for_update().open().filter(key=key).order_by("issued_at").first()
    if loan is None:
        raise ValidationError(
            _("%(key)s was never issued: there is nothing to return.") % {"key": key},
            code="never_issued",
        )
    return loan


@transaction.atomic
def key_return(
    *,
    key: Key,
    by: User,
    condition: str = KeyLoan.Condition.GOOD,
    loan: KeyLoan | None = None,
    note: str = "",
) -> KeyLoan:
    """Take a key back and record its condition; a damaged copy is withdrawn from service."""
    if condition not in (KeyLoan.Condition.GOOD, KeyLoan.Condition.DAMAGED):
        raise ValidationError(
            {
                "condition": ValidationError(
                    _("Choose good or damaged; report a lost key with “Lost”."),
                    code="bad_condition",
                )
            }
        )
    key = Key.objects.select_for_update().get(pk=key.pk)
    loan = _open_key_loan(key, loan)
    loan.returned_at = timezone.now()
    loan.returned_to = by
    loan.condition = condition
    loan.note = (note or "").strip()
    save_as(loan, by, update_fields=["returned_at", "returned_to", "condition", "note"])
    if condition == KeyLoan.Condition.DAMAGED:
        # Seed 000 篇2 §4: a damaged key is taken out of use at once.
        key.copies = max(key.copies - 1, 0)
        save_as(key, by, update_fields=["copies"])
    return loan


@transaction.atomic
def key_report_lost(*, key: Key, by: User, loan: KeyLoan | None = None, note: str = "") -> KeyLoan:
    """Record a lost key: security sees it at once and the lock is marked for change."""
    key = Key.objects.select_for_update().get(pk=key.pk)
    loan = _open_key_loan(key, loan)
    now = timezone.now()
    loan.returned_at = now
    loan.returned_to = by
    loan.condition = KeyLoan.Condition.LOST
    loan.note = (note or "").strip()
    save_as(loan, by, update_fields=["returned_at", "returned_to", "condition", "note"])
    key.copies = max(key.copies - 1, 0)
    key.lock_change_required = True
    key.lock_change_reported_at = now
    save_as(key, by, update_fields=["copies", "lock_change_required", "lock_change_reported_at"])
    notify(kind=Kind.KEY_LOST, record=loan, audience=security_and_supervisors(), desk=key.desk_id)
    return loan


@transaction.atomic
def key_lock_changed(*, key: Key, by: User, copies: int) -> Key:
    """Record that the lock was changed and how many new keys are in the cabinet."""
    if not has_role(by, Role.SECURITY_DESK, Role.SUPERVISOR):
        raise ValidationError(_("Only security or the shift lead can record this."), code="role")
    if copies < 1:
        raise ValidationError(
            {"copies": ValidationError(_("Count at least one new key."), code="copies")}
        )
    key = Key.objects.select_for_update().get(pk=key.pk)
    if not key.lock_change_required:
        raise ValidationError(_("This lock is not marked for change."), code="not_marked")
    key.lock_change_required = False
    key.copies = copies
    save_as(key, by, update_fields=["lock_change_required", "copies"])
    return key
