"""The one write path of handover: every change to a loan, key, sheet or book happens here."""

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Desk
from hospital.roles import Role, has_role
from reception.models import Visit

from .models import (
    AfterHoursBook,
    AfterHoursEntry,
    ChecklistEntry,
    ChecklistTemplate,
    Equipment,
    EquipmentLoan,
    HandoverSheet,
    HandoverTask,
    Key,
    KeyLoan,
    SheetAddendum,
    SheetEvent,
    Shift,
)
from .pending import gather_pending


@transaction.atomic
def equipment_lend(
    *,
    equipment: Equipment,
    by,
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
            return EquipmentLoan.objects.create(
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
    except IntegrityError as error:  # another tablet lent it between our check and insert
        raise ValidationError(
            _("%(equipment)s is already out; take it back first.") % {"equipment": equipment},
            code="already_out",
        ) from error


@transaction.atomic
def equipment_return(*, loan: EquipmentLoan, by) -> EquipmentLoan:
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
    loan.save(update_fields=["returned_at", "returned_to"])
    return loan


# --- issue 3: escorts and handoffs --------------------------------------------------------------


@transaction.atomic
def escort_start(
    *,
    visit: Visit | int,
    by,
    destination=None,
    wheelchair: Equipment | None = None,
    expected_version: int | None = None,
):
    """Start walking a visitor to their destination (the visit's by default).

    With `wheelchair`, lend it for the escort in the same transaction: the loan stays open until
    the wheelchair is returned. Refuse a visit that may not be escorted now, or one that another
    tablet changed since the form was shown (the first guide keeps the escort).
    """
    from hospital.models import Department
    from reception.services import visit_transition

    from .models import Escort

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
    escort._history_user = by
    escort.save()
    if wheelchair is not None:
        equipment_lend(equipment=wheelchair, by=by, visit=locked)
    return escort


def _escort_end(visit: Visit, at, by) -> None:
    from .models import Escort

    for escort in Escort.objects.select_for_update().filter(visit=visit, arrived_at__isnull=True):
        escort.arrived_at = at
        escort._history_user = by
        escort.save()


@transaction.atomic
def handoff_record(
    *,
    visit: Visit | int,
    by,
    receiver_name: str,
    receiver_role: str,
    receiver_title: str = "",
    receiver_user=None,
    situation: str = "",
    special_needs: str = "",
    promised: str = "",
    expected_version: int | None = None,
):
    """Hand the visitor on at the end of an escort (seed 000 §四⑤⑧).

    To a floor guide, the escort continues: a new escort starts with the floor guide and the visit
    stays "being escorted". To a nurse, doctor or anyone else, the visit is handed off.
    Refuse a visit that is not being escorted.
    """
    from reception.services import visit_lock, visit_transition

    from .models import Escort, Handoff

    receiver_name = (receiver_name or "").strip()
    if not receiver_name:
        raise ValidationError(_("Write the name of the person who took over."), code="required")
    if receiver_role not in Handoff.ReceiverRole.values:
        raise ValidationError(_("Choose who took over: floor guide, nurse, doctor or other."))
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
    escort._history_user = by
    escort.save()
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
    handoff._history_user = by
    handoff.save()
    if continues:
        follow_on = Escort(
            visit=locked,
            guide=receiver_user,
            guide_name="" if receiver_user else receiver_name,
            destination_id=escort.destination_id,
            continues=handoff,
            started_at=now,
        )
        follow_on._history_user = by
        follow_on.save()
    return handoff


# --- end issue 3 ---------------------------------------------------------------------------------


# --- issue 6: handover sheets -------------------------------------------------------------------

# A second tap within this window that would write the very same line returns the first one.
DOUBLE_TAP = timedelta(minutes=2)


def is_shift_lead(user: Any) -> bool:
    """Return whether the user may countersign sheets and issue keys.

    The shift lead is the supervisor role (领班, DESIGN.md): the seed's "当班经理领班".
    """
    return has_role(user, Role.SUPERVISOR)


def _stale_sheet(sheet: HandoverSheet) -> ValidationError:
    return ValidationError(
        _(
            "Someone else saved this sheet a moment ago (it now reads “%(status)s”). "
            "Your changes were not saved: check the sheet below and enter them again."
        )
        % {"status": sheet.get_status_display()},
        code="stale",
    )


def _lock_sheet(sheet: HandoverSheet, version: int | None = None) -> HandoverSheet:
    locked = (
        HandoverSheet.objects.select_for_update(of=("self",))
        .select_related("desk", "shift", "outgoing", "incoming")
        .get(pk=sheet.pk)
    )
    if version is not None and locked.version != version:
        raise _stale_sheet(locked)
    return locked


def checklist_template_for(desk: Desk) -> ChecklistTemplate | None:
    """Return the desk's own active checklist, else the default one."""
    return (
        ChecklistTemplate.objects.filter(is_active=True, desk__in=[desk]).order_by("pk").first()
        or ChecklistTemplate.objects.filter(is_active=True, desk__isnull=True)
        .order_by("pk")
        .first()
    )


@transaction.atomic
def sheet_start(*, desk: Desk, shift: Shift, day: date, by: Any) -> HandoverSheet:
    """Open the sheet of a desk's shift, with the checklist copied from the template.

    A second tap (or a colleague who opens the same shift) gets the sheet that exists.
    """
    if shift.desk_id != desk.pk:
        raise ValidationError(_("This shift belongs to another desk."), code="wrong_desk")
    existing = HandoverSheet.objects.filter(desk=desk, shift=shift, date=day).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            sheet = HandoverSheet.objects.create(desk=desk, shift=shift, date=day, outgoing=by)
    except IntegrityError:
        return HandoverSheet.objects.get(desk=desk, shift=shift, date=day)
    template = checklist_template_for(desk)
    if template is not None:
        for item in template.items.all():
            # One save per line (not bulk_create) so that each line has its history from the start.
            ChecklistEntry.objects.create(sheet=sheet, label=item.label, sort_order=item.sort_order)
    return sheet


def _check_editable(sheet: HandoverSheet, by: Any) -> None:
    if sheet.is_locked:
        raise ValidationError(
            _("This sheet is signed and cannot be changed; write an addendum instead."),
            code="locked",
        )
    if by.pk != sheet.outgoing_id:
        raise ValidationError(
            _("Only %(name)s, who writes this sheet, can change it.")
            % {"name": sheet.outgoing.get_full_name() or sheet.outgoing.get_username()},
            code="not_outgoing",
        )


@transaction.atomic
def sheet_update(
    *,
    sheet: HandoverSheet,
    by: Any,
    version: int,
    work_log: str,
    incoming: Any | None,
    marks: dict[int, tuple[str, str]],
) -> HandoverSheet:
    """Save the outgoing's draft: work log, incoming colleague and checklist marks.

    `marks` maps a checklist entry's id to (mark, comment). A stale version is refused.
    """
    sheet = _lock_sheet(sheet)
    _check_editable(sheet, by)
    if sheet.version != version:
        raise _stale_sheet(sheet)
    if incoming is not None and incoming.pk == sheet.outgoing_id:
        raise ValidationError(
            {"incoming": _("The incoming colleague must be someone else.")}, code="self_incoming"
        )
    errors = {}
    entries = {e.pk: e for e in sheet.checklist.all()}
    for entry_id, (mark, comment) in marks.items():
        entry = entries.get(entry_id)
        if entry is None:
            continue
        comment = (comment or "").strip()
        if mark == ChecklistEntry.Mark.FAULT and not comment:
            errors[f"comment_{entry_id}"] = _("Say what is wrong: a × needs a comment.")
            continue
        if mark not in ChecklistEntry.Mark.values and mark != "":
            errors[f"mark_{entry_id}"] = _("Choose ✓, × or n/a.")
            continue
        if (entry.mark, entry.comment) != (mark, comment):
            entry.mark, entry.comment = mark, comment
            entry.save(update_fields=["mark", "comment"])
    if errors:
        raise ValidationError(errors)
    sheet.work_log = work_log.strip()
    sheet.incoming = incoming
    sheet.version += 1
    sheet.save(update_fields=["work_log", "incoming", "version"])
    return sheet


@transaction.atomic
def sheet_sign_out(*, sheet: HandoverSheet, by: Any, version: int | None = None) -> HandoverSheet:
    """Sign as the outgoing: freeze the pending items and wait for the incoming's acceptance."""
    sheet = _lock_sheet(sheet)
    _check_editable(sheet, by)
    if version is not None and sheet.version != version:
        raise _stale_sheet(sheet)
    if sheet.incoming_id is None:
        raise ValidationError(
            {"incoming": _("Choose the incoming colleague who takes over before you sign.")},
            code="no_incoming",
        )
    entries = list(sheet.checklist.all())
    unmarked = [e.label for e in entries if not e.mark]
    if unmarked:
        raise ValidationError(
            _("Mark every checklist item before you sign: %(items)s.")
            % {"items": "、".join(unmarked)},
            code="unmarked",
        )
    faults = [e.label for e in entries if e.mark == ChecklistEntry.Mark.FAULT and not e.comment]
    if faults:
        raise ValidationError(
            _("A × needs a comment saying what is wrong: %(items)s.")
            % {"items": "、".join(faults)},
            code="fault_without_comment",
        )
    start, end = sheet.shift.bounds(sheet.date)
    now = timezone.now()
    sheet.pending = gather_pending(desk=sheet.desk, start=start, end=end)
    sheet.status = HandoverSheet.Status.AWAITING
    sheet.signed_out_at = now
    sheet.refusal_reason = ""
    sheet.version += 1
    sheet.save(update_fields=["pending", "status", "signed_out_at", "refusal_reason", "version"])
    SheetEvent.objects.create(sheet=sheet, kind=SheetEvent.Kind.SIGNED_OUT, by=by, at=now)
    return sheet


def _check_incoming(sheet: HandoverSheet, by: Any) -> None:
    if by.pk == sheet.outgoing_id:
        raise ValidationError(
            _("You cannot accept or refuse your own sheet: the incoming colleague must do it."),
            code="own_sheet",
        )
    if sheet.status != HandoverSheet.Status.AWAITING:
        raise ValidationError(
            _("This sheet is not awaiting acceptance (it reads “%(status)s”).")
            % {"status": sheet.get_status_display()},
            code="not_awaiting",
        )
    if by.pk != sheet.incoming_id:
        raise ValidationError(
            _("Only %(name)s, the incoming colleague named on the sheet, can accept or refuse it.")
            % {"name": sheet.incoming.get_full_name() or sheet.incoming.get_username()},
            code="not_incoming",
        )


@transaction.atomic
def sheet_accept(*, sheet: HandoverSheet, by: Any) -> HandoverSheet:
    """Accept the shift as the incoming colleague (both signatures are now on the sheet)."""
    sheet = _lock_sheet(sheet)
    _check_incoming(sheet, by)
    now = timezone.now()
    sheet.status = HandoverSheet.Status.ACCEPTED
    sheet.accepted_at = now
    sheet.version += 1
    sheet.save(update_fields=["status", "accepted_at", "version"])
    SheetEvent.objects.create(sheet=sheet, kind=SheetEvent.Kind.ACCEPTED, by=by, at=now)
    return sheet


@transaction.atomic
def sheet_refuse(*, sheet: HandoverSheet, by: Any, reason: str) -> HandoverSheet:
    """Refuse the shift with a reason; the supervisor sees it and the outgoing corrects the sheet."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": _("Say why you refuse, so the outgoing colleague can put it right.")},
            code="no_reason",
        )
    sheet = _lock_sheet(sheet)
    _check_incoming(sheet, by)
    sheet.status = HandoverSheet.Status.REFUSED
    sheet.refusal_reason = reason
    sheet.version += 1
    sheet.save(update_fields=["status", "refusal_reason", "version"])
    SheetEvent.objects.create(sheet=sheet, kind=SheetEvent.Kind.REFUSED, by=by, reason=reason)
    return sheet


@transaction.atomic
def sheet_countersign(*, sheet: HandoverSheet, by: Any) -> HandoverSheet:
    """Countersign an accepted sheet as the shift lead."""
    if not is_shift_lead(by):
        raise ValidationError(_("Only the shift lead can countersign."), code="not_lead")
    sheet = _lock_sheet(sheet)
    if sheet.status == HandoverSheet.Status.COUNTERSIGNED:
        raise ValidationError(_("This sheet is already countersigned."), code="countersigned")
    if sheet.status != HandoverSheet.Status.ACCEPTED:
        raise ValidationError(
            _(
                "The incoming colleague has not accepted this sheet yet; countersign after acceptance."
            ),
            code="not_accepted",
        )
    now = timezone.now()
    sheet.status = HandoverSheet.Status.COUNTERSIGNED
    sheet.countersigned_by = by
    sheet.countersigned_at = now
    sheet.version += 1
    sheet.save(update_fields=["status", "countersigned_by", "countersigned_at", "version"])
    SheetEvent.objects.create(sheet=sheet, kind=SheetEvent.Kind.COUNTERSIGNED, by=by, at=now)
    return sheet


@transaction.atomic
def sheets_countersign_day(*, day: date, by: Any, desk: Desk | None = None) -> int:
    """Countersign every accepted sheet of the day (one desk or all); return how many."""
    if not is_shift_lead(by):
        raise ValidationError(_("Only the shift lead can countersign."), code="not_lead")
    sheets = HandoverSheet.objects.filter(date=day, status=HandoverSheet.Status.ACCEPTED)
    if desk is not None:
        sheets = sheets.filter(desk=desk)
    count = 0
    for sheet in sheets.order_by("pk"):
        sheet_countersign(sheet=sheet, by=by)
        count += 1
    return count


@transaction.atomic
def sheet_add_addendum(*, sheet: HandoverSheet, by: Any, text: str) -> SheetAddendum:
    """Correct a signed sheet by an addendum; the signed text stays as it was."""
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Write the correction.")}, code="empty")
    sheet = _lock_sheet(sheet)
    if not sheet.is_locked:
        raise ValidationError(
            _("This sheet is not signed yet: change it directly."), code="not_signed"
        )
    same = SheetAddendum.objects.filter(
        sheet=sheet, written_by=by, text=text, written_at__gte=timezone.now() - DOUBLE_TAP
    ).first()
    if same is not None:
        return same
    sheet.version += 1
    sheet.save(update_fields=["version"])
    return SheetAddendum.objects.create(sheet=sheet, text=text, written_by=by)


# --- issue 6: the key register ------------------------------------------------------------------


@transaction.atomic
def key_issue(*, key: Key, by: Any, issued_to: str, purpose: str, due_back_at: datetime) -> KeyLoan:
    """Issue one copy of a key to a named person, as the shift lead (seed 000 篇2 §2)."""
    if not is_shift_lead(by):
        raise ValidationError(_("Only the shift lead issues keys."), code="not_lead")
    key = Key.objects.select_for_update().get(pk=key.pk)
    errors = {}
    if not (issued_to or "").strip():
        errors["issued_to"] = _("Write the name of the person who takes the key.")
    if not (purpose or "").strip():
        errors["purpose"] = _("Say what the key is for.")
    now = timezone.now()
    if due_back_at is None or due_back_at <= now:
        errors["due_back_at"] = _("The key must be due back later than now.")
    if errors:
        raise ValidationError(errors)
    same = (
        KeyLoan.objects.open()
        .filter(
            key=key,
            issued_to=issued_to.strip(),
            purpose=purpose.strip(),
            issued_at__gte=now - DOUBLE_TAP,
        )
        .first()
    )
    if same is not None:
        return same
    out = KeyLoan.objects.open().filter(key=key).count()
    if out >= key.copies:
        raise ValidationError(
            _("No copy of %(key)s is in the cabinet (%(copies)s in service, %(out)s out).")
            % {"key": key, "copies": key.copies, "out": out},
            code="none_left",
        )
    return KeyLoan.objects.create(
        key=key,
        issued_to=issued_to.strip(),
        purpose=purpose.strip(),
        issued_by=by,
        issued_at=now,
        due_back_at=due_back_at,
    )


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
    by: Any,
    condition: str = KeyLoan.Condition.GOOD,
    loan: KeyLoan | None = None,
    note: str = "",
) -> KeyLoan:
    """Take a key back and record its condition; a damaged copy is withdrawn from service."""
    if condition not in (KeyLoan.Condition.GOOD, KeyLoan.Condition.DAMAGED):
        raise ValidationError(
            {"condition": _("Choose good or damaged; report a lost key with “Lost”.")},
            code="bad_condition",
        )
    key = Key.objects.select_for_update().get(pk=key.pk)
    loan = _open_key_loan(key, loan)
    loan.returned_at = timezone.now()
    loan.returned_to = by
    loan.condition = condition
    loan.note = (note or "").strip()
    loan.save(update_fields=["returned_at", "returned_to", "condition", "note"])
    if condition == KeyLoan.Condition.DAMAGED:
        # Seed 000 篇2 §4: a damaged key is taken out of use at once.
        key.copies = max(key.copies - 1, 0)
        key.save(update_fields=["copies"])
    return loan


@transaction.atomic
def key_report_lost(*, key: Key, by: Any, loan: KeyLoan | None = None, note: str = "") -> KeyLoan:
    """Record a lost key: security sees it at once and the lock is marked for change."""
    key = Key.objects.select_for_update().get(pk=key.pk)
    loan = _open_key_loan(key, loan)
    now = timezone.now()
    loan.returned_at = now
    loan.returned_to = by
    loan.condition = KeyLoan.Condition.LOST
    loan.note = (note or "").strip()
    loan.save(update_fields=["returned_at", "returned_to", "condition", "note"])
    key.copies = max(key.copies - 1, 0)
    key.lock_change_required = True
    key.lock_change_reported_at = now
    key.save(update_fields=["copies", "lock_change_required", "lock_change_reported_at"])
    return loan


@transaction.atomic
def key_lock_changed(*, key: Key, by: Any, copies: int) -> Key:
    """Record that the lock was changed and how many new keys are in the cabinet."""
    if not has_role(by, Role.SECURITY_DESK, Role.SUPERVISOR):
        raise ValidationError(_("Only security or the shift lead can record this."), code="role")
    if copies < 1:
        raise ValidationError({"copies": _("Count at least one new key.")}, code="copies")
    key = Key.objects.select_for_update().get(pk=key.pk)
    if not key.lock_change_required:
        raise ValidationError(_("This lock is not marked for change."), code="not_marked")
    key.lock_change_required = False
    key.copies = copies
    key.save(update_fields=["lock_change_required", "copies"])
    return key


# --- issue 6: the security handover -------------------------------------------------------------

AFTER_HOURS_NAMESPACE = uuid.UUID("6f1d3c1e-2b7a-4f0e-9d64-7a0c8e5b1a06")


@transaction.atomic
def book_hand_over(*, desk: Desk, by: Any, note: str = "") -> AfterHoursBook:
    """Hand the desk's after-hours book to the security desk (18:00, seed 000 篇3 §3.2)."""
    now = timezone.now()
    # Desk row lock: two taps on "hand over" make one book.
    Desk.objects.select_for_update().get(pk=desk.pk)
    open_book = AfterHoursBook.objects.filter(
        desk=desk, status=AfterHoursBook.Status.WITH_SECURITY
    ).first()
    if open_book is not None:
        raise ValidationError(
            _("The book is already with the security desk (handed over %(time)s).")
            % {"time": timezone.localtime(open_book.handed_over_at).strftime("%m-%d %H:%M")},
            code="already_with_security",
        )
    night = timezone.localdate(now)
    if AfterHoursBook.objects.filter(desk=desk, night_of=night).exists():
        raise ValidationError(
            _("Tonight's book was already handed over and taken back."), code="done_tonight"
        )
    return AfterHoursBook.objects.create(
        desk=desk, night_of=night, handed_over_by=by, handed_over_at=now, note_to_security=note
    )


@transaction.atomic
def book_add_entry(
    *,
    book: AfterHoursBook,
    by: Any,
    kind: str,
    text: str,
    caller_name: str = "",
    caller_phone: str = "",
    is_urgent: bool = False,
    received_at: datetime | None = None,
) -> AfterHoursEntry:
    """Write a complaint or service request received overnight into the book."""
    book = AfterHoursBook.objects.select_for_update().get(pk=book.pk)
    if book.status != AfterHoursBook.Status.WITH_SECURITY:
        raise ValidationError(
            _("The desk has taken this book back; tell the desk directly."), code="returned"
        )
    errors = {}
    if kind not in AfterHoursEntry.Kind.values:
        errors["kind"] = _("Choose complaint or service request.")
    if not (text or "").strip():
        errors["text"] = _("Write what the caller said.")
    if errors:
        raise ValidationError(errors)
    same = AfterHoursEntry.objects.filter(
        book=book,
        kind=kind,
        text=text.strip(),
        recorded_by=by,
        received_at__gte=timezone.now() - DOUBLE_TAP,
    ).first()
    if same is not None:
        return same
    return AfterHoursEntry.objects.create(
        book=book,
        kind=kind,
        text=text.strip(),
        caller_name=(caller_name or "").strip(),
        caller_phone=(caller_phone or "").strip(),
        is_urgent=is_urgent,
        recorded_by=by,
        received_at=received_at or timezone.now(),
    )


def _complaint_from_entry(entry: AfterHoursEntry) -> int | None:
    """Register an overnight complaint with the complaints app; None if it is not there yet."""
    try:
        from complaints.models import Complaint
        from complaints.services import complaint_receive
    except ImportError:
        return None
    arguments = {
        # Seed 000 首诉负责制: whoever took the complaint overnight received it.
        "received_by": entry.recorded_by,
        "received_at": entry.received_at,
        "channel": Complaint.Channel.SECURITY_DESK,
        "description": entry.text,
        "complainant_name": entry.caller_name,
        "contact": entry.caller_phone,
        "severity": Complaint.Severity.HIGH if entry.is_urgent else Complaint.Severity.MEDIUM,
        "desk": entry.book.desk,
        # The same entry taken back twice (a retry) finds the complaint it already became.
        "idempotency_key": uuid.uuid5(AFTER_HOURS_NAMESPACE, str(entry.pk)),
    }
    try:
        with transaction.atomic():
            return complaint_receive(**arguments).pk
    except ValidationError as error:
        if "contact" not in getattr(error, "error_dict", {}):
            raise
    # A number security wrote down that is not a valid phone: keep it in the text, lose nothing.
    arguments["description"] = f"{entry.text}\n({entry.caller_phone})"
    arguments["contact"] = ""
    return complaint_receive(**arguments).pk


@transaction.atomic
def book_take_back(*, book: AfterHoursBook, by: Any) -> AfterHoursBook:
    """Take the book back (08:00): every entry becomes a complaint or a task, all or nothing."""
    book = (
        AfterHoursBook.objects.select_for_update(of=("self",))
        .select_related("desk")
        .get(pk=book.pk)
    )
    if book.status != AfterHoursBook.Status.WITH_SECURITY:
        raise ValidationError(
            _("This book was already taken back at %(time)s.")
            % {"time": timezone.localtime(book.taken_back_at).strftime("%m-%d %H:%M")},
            code="already_returned",
        )
    now = timezone.now()
    for entry in book.entries.filter(complaint_id__isnull=True, task__isnull=True):
        complaint_id = None
        if entry.kind == AfterHoursEntry.Kind.COMPLAINT:
            complaint_id = _complaint_from_entry(entry)
        if complaint_id is not None:
            entry.complaint_id = complaint_id
            entry.save(update_fields=["complaint_id"])
            continue
        # Service requests, and complaints while the complaints app is not there: a task.
        prefix = (
            _("Complaint overnight")
            if entry.kind == AfterHoursEntry.Kind.COMPLAINT
            else _("Request overnight")
        )
        who = " ".join(p for p in (entry.caller_name, entry.caller_phone) if p)
        entry.task = HandoverTask.objects.create(
            desk=book.desk,
            text=f"{prefix} {timezone.localtime(entry.received_at):%H:%M}"
            + (f" ({who})" if who else "")
            + f": {entry.text}",
            created_by=by,
            created_at=now,
        )
        entry.save(update_fields=["task"])
    book.status = AfterHoursBook.Status.RETURNED
    book.taken_back_by = by
    book.taken_back_at = now
    book.save(update_fields=["status", "taken_back_by", "taken_back_at"])
    return book


@transaction.atomic
def task_done(*, task: HandoverTask, by: Any) -> HandoverTask:
    """Mark a carried-over task done."""
    task = HandoverTask.objects.select_for_update().get(pk=task.pk)
    if task.done_at is not None:
        raise ValidationError(_("This task is already done."), code="done")
    task.done_at = timezone.now()
    task.done_by = by
    task.save(update_fields=["done_at", "done_by"])
    return task
