"""Handover's models, one module per sub-domain; every model is importable from here."""

from .after_hours import AfterHoursBook, AfterHoursEntry, HandoverTask
from .equipment import Equipment, EquipmentLoan, EquipmentLoanQuerySet
from .escorts import Escort, Handoff
from .keys import Key, KeyLoan, KeyLoanQuerySet
from .sheets import (
    ChecklistEntry,
    ChecklistTemplate,
    ChecklistTemplateItem,
    HandoverSheet,
    HandoverSheetQuerySet,
    SheetAddendum,
    SheetEvent,
    Shift,
)

__all__ = [
    "AfterHoursBook",
    "AfterHoursEntry",
    "ChecklistEntry",
    "ChecklistTemplate",
    "ChecklistTemplateItem",
    "Equipment",
    "EquipmentLoan",
    "EquipmentLoanQuerySet",
    "Escort",
    "Handoff",
    "HandoverSheet",
    "HandoverSheetQuerySet",
    "HandoverTask",
    "Key",
    "KeyLoan",
    "KeyLoanQuerySet",
    "SheetAddendum",
    "SheetEvent",
    "Shift",
]
