"""The one write path of handover, one module per sub-domain; every service is importable here."""

from .after_hours import (
    book_add_entry,
    book_hand_over,
    book_take_back,
    set_complaint_filer,
    task_done,
)
from .equipment import equipment_lend, equipment_return
from .escorts import escort_start, handoff_record
from .keys import key_issue, key_lock_changed, key_report_lost, key_return
from .sheets import (
    checklist_template_for,
    is_shift_lead,
    sheet_accept,
    sheet_add_addendum,
    sheet_countersign,
    sheet_refuse,
    sheet_sign_out,
    sheet_start,
    sheet_update,
    sheets_countersign_day,
)

__all__ = [
    "book_add_entry",
    "book_hand_over",
    "book_take_back",
    "checklist_template_for",
    "equipment_lend",
    "equipment_return",
    "escort_start",
    "handoff_record",
    "is_shift_lead",
    "key_issue",
    "key_lock_changed",
    "key_report_lost",
    "key_return",
    "set_complaint_filer",
    "sheet_accept",
    "sheet_add_addendum",
    "sheet_countersign",
    "sheet_refuse",
    "sheet_sign_out",
    "sheet_start",
    "sheet_update",
    "sheets_countersign_day",
    "task_done",
]
