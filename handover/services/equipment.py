"""Lending the desk's equipment and taking it back."""

from datetime import datetime

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.records import save_as
from reception.models import BoardStamp, Visit

from ..models import Equipment, EquipmentLoan


@transaction.atomic
def equipment_lend(
    *,
    equipment: Equipment,
    by: User,
    visit: Visit | None = None,
    borrower_name: str = "",
    due_back_at: datetime | None = None,
) -> EquipmentLoan:
    """Lend a piece of equipment to a visitor (with the visit) or to a named member of staff.

    Raise ValidationError when it is out of service, already out, or nobody is named.
    """
    # Lock the equipment row so that two tablets cannot lend the same wheelchair at once.
    equipment = Equipment.objects.select_for_update().get(pk=equipment.pk)
    borrower_name = (borrower_name or "").strip()
    if not equipment.is_active:
        raise ValidationError(
            _("%(equipment)s is out of service and cannot be lent.") % {"equipment": equipment},
            code="out_of_service",
        )
    if visit is None and not borrower_name:
        raise ValidationError(
            _("Say who borrows it: choose the visit or write the person's name."),
            code="no_borrower",
        )
    open_loan = EquipmentLoan.objects.open().filter(equipment=equipment).first()
    if open_loan is not None:
        raise ValidationError(
            _("%(equipment)s is already out (lent at %(time)s); take it back first.")
            % {
                "equipment": equipment,
                "time": timezone.localtime(open_loan.lent_at).strftime("%H:%M"),
            },
            code="already_out",
        )
    now = timezone.now()
    if due_back_at is not None and due_back_at < now:
        raise ValidationError(
            _("The due-back time is in the past; choose a later time."), code="due_in_past"
        )
    try:
        with transaction.atomic():
            loan = EquipmentLoan(
                equipment=equipment,
                visit=visit,
                borrower_kind=(
                    EquipmentLoan.BorrowerKind.VISITOR
                    if visit is not None
                    else EquipmentLoan.BorrowerKind.STAFF
                ),
                borrower_name=borrower_name,
                lent_by=by,
                lent_at=now,
                due_back_at=due_back_at,
            )
            save_as(loan, by)
    except IntegrityError as error:  # another tablet lent it between our check and insert
        raise ValidationError(
            _("%(equipment)s is already out; take it back first.") % {"equipment": equipment},
            code="already_out",
        ) from error
    _touch_boards(loan)
    return loan


def _touch_boards(loan: EquipmentLoan) -> None:
    """Tell the boards of the equipment's desk and of the visit's desk that a loan changed."""
    desks = {loan.equipment.desk_id, loan.visit.desk_id if loan.visit else None}
    for desk_id in {desk for desk in desks if desk is not None}:
        BoardStamp.touch(desk_id)


@transaction.atomic
def equipment_return(*, loan: EquipmentLoan, by: User) -> EquipmentLoan:
    """Take a piece of equipment back; refuse a loan that was already returned."""
    loan = (
        EquipmentLoan.objects.select_for_update(of=("self",))
        .select_related("equipment")
        .get(pk=loan.pk)
    )
    if loan.returned_at is not None:
        raise ValidationError(
            _("%(equipment)s was already returned at %(time)s.")
            % {
                "equipment": loan.equipment,
                "time": timezone.localtime(loan.returned_at).strftime("%H:%M"),
            },
            code="already_returned",
        )
    loan.returned_at = timezone.now()
    loan.returned_to = by
    save_as(loan, by, update_fields=["returned_at", "returned_to"])
    _touch_boards(loan)
    return loan
