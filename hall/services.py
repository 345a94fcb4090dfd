"""The hall's one write path: calling numbers, registering and revoking displays, notices.

Every call bumps the desk's board stamp in the same transaction, so the board's tablets and
the hall's displays (whose conditional polls read that stamp) learn of it on their next poll.
"""

from datetime import datetime

from django.contrib.auth.models import User
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from hospital.localized import fill_traditional
from hospital.models import Department, Desk
from hospital.records import save_as
from reception.models import BoardStamp, Visit, VisitQuerySet
from reception.services.queue import lock_desk

from .models import Call, Display, Notice

TOKEN_SALT = "hall.display"


def waiting_for_call(*, desk_id: int, department_id: int | None = None) -> VisitQuerySet:
    """Return the routed visits of a desk with a ticket, not called since they were last
    routed, in calling order: the most urgent, then priority visitors, then by ticket.

    A visitor called to one department and routed on to another waits to be called again.
    """
    visits = Visit.objects.filter(
        Q(hall_call__isnull=True) | Q(hall_call__called_at__lt=F("routed_at")),
        desk_id=desk_id,
        status=Visit.Status.ROUTED,
        queue_seq__isnull=False,
    ).order_by("urgency_rank", "-is_priority", "queue_day", "queue_seq")
    return visits if department_id is None else visits.filter(destination_id=department_id)


def _refuse(field: str, message: str, code: str) -> ValidationError:
    return ValidationError({field: [ValidationError(message, code=code)]})


@transaction.atomic
def call_next(
    *, desk: Desk, department: Department, by: User, room: str = "", at: datetime | None = None
) -> Call:
    """Call the next ticket waiting for `department` at `desk` and return the call.

    The desk is locked first, so two guides calling at once are served one after the other
    and each gets a different number. Refuse when nobody with a ticket waits for it.
    """
    lock_desk(desk.pk)
    visit = waiting_for_call(desk_id=desk.pk, department_id=department.pk).first()
    if visit is None:
        raise _refuse(
            "department",
            _("Nobody with a ticket is waiting for %(department)s.") % {"department": department},
            "nobody_waiting",
        )
    now = at or timezone.now()
    # A call from before the visitor was routed on is replaced: this is a new call.
    call = Call.objects.filter(visit=visit).first() or Call(visit=visit)
    call.desk_id = desk.pk
    call.department = department
    call.room = room.strip()
    call.first_called_at = call.called_at = now
    call.times = 1
    call.called_by = by
    save_as(call, by)
    BoardStamp.touch(desk.pk, at=now)
    return call


@transaction.atomic
def call_again(*, visit: Visit | int, by: User, at: datetime | None = None) -> Call:
    """Call a number once more (the visitor did not come); refuse a closed or uncalled one."""
    visit_id = visit.pk if isinstance(visit, Visit) else visit
    call = (
        Call.objects.select_for_update()
        .select_related("visit", "department")
        .filter(visit_id=visit_id)
        .first()
    )
    if call is None:
        raise _refuse(
            "visit", _("This number has not been called yet: use Call next."), "not_called"
        )
    if not call.visit.is_open or call.visit.status != Visit.Status.ROUTED:
        raise _refuse(
            "visit",
            _("Number %(number)s is “%(status)s” now and cannot be called.")
            % {"number": call.visit.queue_number, "status": call.visit.get_status_display()},
            "number_closed",
        )
    now = at or timezone.now()
    call.called_at = max(now, call.first_called_at)
    call.times += 1
    call.called_by = by
    save_as(call, by)
    BoardStamp.touch(call.desk_id, at=now)
    return call


def display_token(display: Display) -> str:
    """Return the secret part of the display's address: its id and key, signed."""
    return signing.dumps([display.pk, display.key], salt=TOKEN_SALT, compress=True)


def display_for_token(token: str) -> Display | None:
    """Return the registered display this token names, with its desk and the desk's board
    stamp, in one query; None for a forged, stale (new key) or revoked token."""
    try:
        display_id, key = signing.loads(token, salt=TOKEN_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(display_id, int) or not isinstance(key, str):
        return None
    display = (
        Display.objects.select_related("desk", "desk__board_stamp")
        .filter(pk=display_id, revoked_at__isnull=True)
        .first()
    )
    if display is None or not constant_time_compare(display.key, key):
        return None
    return display


def display_register(*, display: Display, by: User) -> Display:
    """Save a new display with a fresh key, or save an existing display's settings."""
    if not display.key:
        display.key = Display.new_key()
        display.created_by = by
    save_as(display, by)
    return display


def display_revoke(*, display: Display, by: User) -> Display:
    """Refuse the display's address from now on (the TV shows "not registered")."""
    if display.revoked_at is None:
        display.revoked_at = timezone.now()
        save_as(display, by)
    return display


def display_new_key(*, display: Display, by: User) -> Display:
    """Give the display a new key (and lift a revocation): every earlier address stops working."""
    display.key = Display.new_key()
    display.revoked_at = None
    save_as(display, by)
    return display


def _touch_halls(*desk_ids: int | None) -> None:
    """Bump the stamps of these desks' halls; None stands for every desk."""
    if None in desk_ids:
        desk_ids = tuple(Desk.objects.values_list("pk", flat=True))
    for desk_id in set(desk_ids):
        if desk_id is not None:
            BoardStamp.touch(desk_id)


@transaction.atomic
def notice_save(*, notice: Notice, by: User) -> Notice:
    """Save a notice (its Traditional Chinese filled in) and bump the stamp of every hall that
    shows it now or showed it before, so their displays show the change."""
    before = list(Notice.objects.filter(pk=notice.pk).values_list("desk_id", flat=True))
    fill_traditional(notice)
    save_as(notice, by)
    _touch_halls(notice.desk_id, *before)
    return notice


@transaction.atomic
def notice_delete(*, notice: Notice, by: User) -> None:
    """Delete a notice and bump the stamps of the halls that showed it."""
    notice._history_user = by  # type: ignore[attr-defined]
    desk_id = notice.desk_id
    notice.delete()
    _touch_halls(desk_id)
