"""The handover sheet: started, written, signed, accepted or refused, countersigned.

Every status change goes through `hospital.records.transition` against
`HandoverSheet.TRANSITIONS`; every save bumps the sheet's version, so a page loaded before
someone else's save is refused.
"""

import uuid
from datetime import date

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from alerts.services import Kind, dedup_key_for, notify, supervisors
from hospital.models import Desk
from hospital.records import save_as, transition
from hospital.roles import Role, has_role

from ..models import (
    ChecklistEntry,
    ChecklistTemplate,
    HandoverSheet,
    SheetAddendum,
    SheetEvent,
    Shift,
)
from ..pending import gather_pending

_RELATED = ("desk", "shift", "outgoing", "incoming")


def is_shift_lead(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Return whether the user may countersign sheets and issue keys.

    The shift lead is the supervisor role (领班, DESIGN.md): the seed's "当班经理领班".
    """
    return has_role(user, Role.SUPERVISOR)


def _name(user: User) -> str:
    return user.get_full_name() or user.get_username()


def checklist_template_for(desk: Desk) -> ChecklistTemplate | None:
    """Return the desk's own active checklist, else the default one."""
    return (
        ChecklistTemplate.objects.filter(is_active=True, desk__in=[desk]).order_by("pk").first()
        or ChecklistTemplate.objects.filter(is_active=True, desk__isnull=True)
        .order_by("pk")
        .first()
    )


@transaction.atomic
def sheet_start(*, desk: Desk, shift: Shift, day: date, by: User) -> HandoverSheet:
    """Open the sheet of a desk's shift, with the checklist copied from the template.

    A second tap (or a colleague who opens the same shift) gets the sheet that exists.
    """
    if shift.desk_id != desk.pk:
        raise ValidationError(_("This shift belongs to another desk."), code="wrong_desk")
    existing = HandoverSheet.objects.filter(desk=desk, shift=shift, date=day).first()
    if existing is not None:
        return existing
    sheet = HandoverSheet(desk=desk, shift=shift, date=day, outgoing=by)
    try:
        with transaction.atomic():
            save_as(sheet, by)
    except IntegrityError:
        return HandoverSheet.objects.get(desk=desk, shift=shift, date=day)
    template = checklist_template_for(desk)
    if template is not None:
        for item in template.items.all():
            # One save per line (not bulk_create) so that each line has its history from the start.
            entry = ChecklistEntry(
                sheet=sheet,
                label=item.label,
                label_zh_hant=item.label_zh_hant,
                label_en=item.label_en,
                sort_order=item.sort_order,
            )
            save_as(entry, by)
    return sheet


def _check_editable(sheet: HandoverSheet, by: User) -> None:
    if sheet.is_locked:
        raise ValidationError(
            _("This sheet is signed and cannot be changed; write an addendum instead."),
            code="locked",
        )
    if by.pk != sheet.outgoing_id:
        raise ValidationError(
            _("Only %(name)s, who writes this sheet, can change it.")
            % {"name": _name(sheet.outgoing)},
            code="not_outgoing",
        )


def _lock_editable(sheet: HandoverSheet, by: User, version: int | None) -> HandoverSheet:
    """Return the sheet locked for the outgoing's change from `version`.

    A signed sheet says so before a stale page does: the person's next step is an addendum.
    The check reads the row first and then locks it at that version, so a change in between
    is refused as stale.
    """
    _check_editable(HandoverSheet.objects.select_related("outgoing").get(pk=sheet.pk), by)
    return HandoverSheet.locked(sheet, expected_version=version, related=_RELATED)


@transaction.atomic
def sheet_update(
    *,
    sheet: HandoverSheet,
    by: User,
    version: int,
    work_log: str,
    incoming: User | None,
    marks: dict[int, tuple[str, str]],
) -> HandoverSheet:
    """Save the outgoing's draft: work log, incoming colleague and checklist marks.

    `marks` maps a checklist entry's id to (mark, comment). A stale version is refused.
    """
    sheet = _lock_editable(sheet, by, version)
    if incoming is not None and incoming.pk == sheet.outgoing_id:
        raise ValidationError(
            {
                "incoming": ValidationError(
                    _("The incoming colleague must be someone else."), code="self_incoming"
                )
            }
        )
    errors: dict[str, ValidationError] = {}
    changed: list[ChecklistEntry] = []
    entries = {e.pk: e for e in sheet.checklist.all()}
    for entry_id, (mark, comment) in marks.items():
        entry = entries.get(entry_id)
        if entry is None:
            continue
        comment = (comment or "").strip()
        if mark == ChecklistEntry.Mark.FAULT and not comment:
            errors[f"comment_{entry_id}"] = ValidationError(
                _("Say what is wrong: a × needs a comment."), code="fault_without_comment"
            )
            continue
        if mark not in ChecklistEntry.Mark.values and mark != "":
            errors[f"mark_{entry_id}"] = ValidationError(_("Choose ✓, × or n/a."), code="mark")
            continue
        if (entry.mark, entry.comment) != (mark, comment):
            entry.mark, entry.comment = mark, comment
            changed.append(entry)
    if errors:
        raise ValidationError(errors)
    for entry in changed:
        save_as(entry, by, update_fields=["mark", "comment"])
    sheet.work_log = work_log.strip()
    sheet.incoming = incoming
    save_as(sheet, by, update_fields=["work_log", "incoming"])
    return sheet


@transaction.atomic
def sheet_sign_out(*, sheet: HandoverSheet, by: User, version: int | None = None) -> HandoverSheet:
    """Sign as the outgoing: freeze the pending items and wait for the incoming's acceptance."""
    sheet = _lock_editable(sheet, by, version)
    if sheet.incoming_id is None:
        raise ValidationError(
            {
                "incoming": ValidationError(
                    _("Choose the incoming colleague who takes over before you sign."),
                    code="no_incoming",
                )
            }
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
    # Stamped at every signature: a corrected sheet is signed again after a refusal.
    sheet.signed_out_at = now
    sheet.refusal_reason = ""
    transition(
        sheet,
        HandoverSheet.Status.AWAITING,
        by=by,
        update_fields=["pending", "signed_out_at", "refusal_reason"],
    )
    SheetEvent.objects.create(sheet=sheet, kind=SheetEvent.Kind.SIGNED_OUT, by=by, at=now)
    return sheet


def _check_incoming(sheet: HandoverSheet, by: User) -> None:
    if by.pk == sheet.outgoing_id:
        raise ValidationError(
            _("You cannot accept or refuse your own sheet: the incoming colleague must do it."),
            code="own_sheet",
        )
    incoming = sheet.incoming
    if sheet.status == HandoverSheet.Status.AWAITING and incoming and by.pk != incoming.pk:
        raise ValidationError(
            _("Only %(name)s, the incoming colleague named on the sheet, can accept or refuse it.")
            % {"name": _name(incoming)},
            code="not_incoming",
        )


@transaction.atomic
def sheet_accept(*, sheet: HandoverSheet, by: User) -> HandoverSheet:
    """Accept the shift as the incoming colleague (both signatures are now on the sheet)."""
    sheet = HandoverSheet.locked(sheet, related=_RELATED)
    _check_incoming(sheet, by)
    now = timezone.now()
    sheet.accepted_at = now
    transition(sheet, HandoverSheet.Status.ACCEPTED, by=by, update_fields=["accepted_at"])
    SheetEvent.objects.create(sheet=sheet, kind=SheetEvent.Kind.ACCEPTED, by=by, at=now)
    return sheet


@transaction.atomic
def sheet_refuse(*, sheet: HandoverSheet, by: User, reason: str) -> HandoverSheet:
    """Refuse the shift with a reason; the supervisor sees it and the outgoing corrects the sheet."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {
                "reason": ValidationError(
                    _("Say why you refuse, so the outgoing colleague can put it right."),
                    code="no_reason",
                )
            }
        )
    sheet = HandoverSheet.locked(sheet, related=_RELATED)
    _check_incoming(sheet, by)
    sheet.refusal_reason = reason
    transition(sheet, HandoverSheet.Status.REFUSED, by=by, update_fields=["refusal_reason"])
    SheetEvent.objects.create(sheet=sheet, kind=SheetEvent.Kind.REFUSED, by=by, reason=reason)
    notify(
        kind=Kind.SHEET_REFUSED,
        record=sheet,
        dedup_key=dedup_key_for(Kind.SHEET_REFUSED, sheet, sheet.version),  # each refusal
        audience=supervisors(),
        desk=sheet.desk_id,
        detail=reason,
    )
    return sheet


@transaction.atomic
def sheet_countersign(*, sheet: HandoverSheet, by: User) -> HandoverSheet:
    """Countersign an accepted sheet as the shift lead."""
    if not is_shift_lead(by):
        raise ValidationError(_("Only the shift lead can countersign."), code="not_lead")
    sheet = HandoverSheet.locked(sheet, related=_RELATED)
    if by.pk in (sheet.outgoing_id, sheet.incoming_id):
        # A countersign is a second pair of eyes: not one of the two who signed the sheet.
        raise ValidationError(
            _("You signed this sheet yourself; another shift lead countersigns it."),
            code="own_sheet",
        )
    now = timezone.now()
    sheet.countersigned_by = by
    sheet.countersigned_at = now
    transition(
        sheet,
        HandoverSheet.Status.COUNTERSIGNED,
        by=by,
        update_fields=["countersigned_by", "countersigned_at"],
    )
    SheetEvent.objects.create(sheet=sheet, kind=SheetEvent.Kind.COUNTERSIGNED, by=by, at=now)
    return sheet


@transaction.atomic
def sheets_countersign_day(*, day: date, by: User, desk: Desk | None = None) -> int:
    """Countersign every accepted sheet of the day (one desk or all) that the lead did not
    sign themselves (those wait for another shift lead); return how many."""
    if not is_shift_lead(by):
        raise ValidationError(_("Only the shift lead can countersign."), code="not_lead")
    sheets = HandoverSheet.objects.filter(date=day, status=HandoverSheet.Status.ACCEPTED).exclude(
        Q(outgoing=by) | Q(incoming=by)
    )
    if desk is not None:
        sheets = sheets.filter(desk=desk)
    count = 0
    for sheet in sheets.order_by("pk"):
        sheet_countersign(sheet=sheet, by=by)
        count += 1
    return count


@transaction.atomic
def sheet_add_addendum(
    *, sheet: HandoverSheet, by: User, text: str, form_token: uuid.UUID | None = None
) -> SheetAddendum:
    """Correct a signed sheet by an addendum; the signed text stays as it was.

    The same `form_token` twice (a double tap) returns the addendum already written.
    """
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": ValidationError(_("Write the correction."), code="empty")})
    sheet = HandoverSheet.locked(sheet)
    if not sheet.is_locked:
        raise ValidationError(
            _("This sheet is not signed yet: change it directly."), code="not_signed"
        )
    addendum, created = SheetAddendum.create_once(
        form_token=form_token, by=by, sheet=sheet, text=text, written_by=by
    )
    if created:
        # The sheet as printed changed: a page loaded before this addendum is stale.
        save_as(sheet, by, update_fields=[])
    return addendum
