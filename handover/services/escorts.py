"""Escorting a visitor and handing them on."""

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department
from hospital.records import save_as
from reception.models import Visit
from reception.services.visits import visit_lock, visit_transition

from ..models import Equipment, Escort, Handoff
from .equipment import equipment_lend


@transaction.atomic
def escort_start(
    *,
    visit: Visit | int,
    by: User,
    destination: Department | None = None,
    wheelchair: Equipment | None = None,
    expected_version: int | None = None,
) -> Escort:
    """Start walking a visitor to their destination (the visit's by default).

    With `wheelchair`, lend it for the escort in the same transaction: the loan stays open until
    the wheelchair is returned and is due back after settings.ESCORT_LOAN_HOURS, then shows as
    overdue like any other loan. Refuse a visit that may not be escorted now, or one that another
    tablet changed since the form was shown (the first guide keeps the escort).
    """
    locked = visit_transition(
        visit=visit,
        to=Visit.Status.ESCORTING,
        by=by,
        expected_version=expected_version,
        destination=destination,
    )
    if locked.destination_id is None:
        raise ValidationError(_("Route the visit before escorting it."), code="no_destination")
    # Escorting again (re-routed mid-escort) ends the open escort here and starts a new one.
    _escort_end(locked, timezone.now(), by)
    escort = Escort(
        visit=locked,
        guide=by,
        destination=destination or Department.objects.get(pk=locked.destination_id),
        started_at=timezone.now(),
    )
    save_as(escort, by)
    if wheelchair is not None:
        equipment_lend(
            equipment=wheelchair,
            by=by,
            visit=locked,
            due_back_at=escort.started_at + timedelta(hours=settings.ESCORT_LOAN_HOURS),
        )
    return escort


def _escort_end(visit: Visit, at: datetime, by: User) -> None:
    for escort in Escort.objects.select_for_update().filter(visit=visit, arrived_at__isnull=True):
        escort.arrived_at = at
        save_as(escort, by, update_fields=["arrived_at"])


@transaction.atomic
def handoff_record(
    *,
    visit: Visit | int,
    by: User,
    receiver_name: str,
    receiver_role: str,
    receiver_title: str = "",
    receiver_user: User | None = None,
    situation: str = "",
    special_needs: str = "",
    promised: str = "",
    expected_version: int | None = None,
) -> Handoff:
    """Hand the visitor on at the end of an escort (seed 000 §四⑤⑧).

    To a floor guide, the escort continues: a new escort starts with the floor guide and the visit
    stays "being escorted". To a nurse, doctor or anyone else, the visit is handed off.
    Refuse a visit that is not being escorted.
    """
    receiver_name = (receiver_name or "").strip()
    if not receiver_name:
        raise ValidationError(
            {
                "receiver_name": ValidationError(
                    _("Write the name of the person who took over."), code="required"
                )
            }
        )
    if receiver_role not in Handoff.ReceiverRole.values:
        raise ValidationError(
            {
                "receiver_role": ValidationError(
                    _("Choose who took over: floor guide, nurse, doctor or other."),
                    code="invalid_choice",
                )
            }
        )
    locked = visit_lock(visit=visit, expected_version=expected_version)
    escort = (
        Escort.objects.select_for_update().filter(visit=locked, arrived_at__isnull=True).first()
    )
    continues = receiver_role == Handoff.ReceiverRole.FLOOR_GUIDE
    to = Visit.Status.ESCORTING if continues else Visit.Status.HANDED_OFF
    if escort is None or locked.status != Visit.Status.ESCORTING:
        raise ValidationError(
            _("A visit that is “%(current)s” cannot be handed off: start an escort first.")
            % {"current": locked.get_status_display()},
            code="illegal_transition",
        )
    now = timezone.now()
    locked = visit_transition(visit=locked, to=to, by=by, at=now)
    escort.arrived_at = now
    save_as(escort, by, update_fields=["arrived_at"])
    handoff = Handoff(
        escort=escort,
        visit=locked,
        receiver_name=receiver_name,
        receiver_role=receiver_role,
        receiver_title=receiver_title.strip(),
        receiver_user=receiver_user,
        situation=situation.strip(),
        special_needs=special_needs.strip(),
        promised=promised.strip(),
        handed_at=now,
        recorded_by=by,
    )
    save_as(handoff, by)
    if continues:
        follow_on = Escort(
            visit=locked,
            guide=receiver_user,
            guide_name="" if receiver_user else receiver_name,
            destination_id=escort.destination_id,
            continues=handoff,
            started_at=now,
        )
        save_as(follow_on, by)
    return handoff
