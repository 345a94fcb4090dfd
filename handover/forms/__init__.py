"""Handover's forms, one module per sub-domain: they parse and normalise; the services act."""

from .after_hours import BookEntryForm, HandOverForm
from .base import FormTokenField
from .equipment import LendForm
from .escorts import EscortForm, HandoffForm
from .keys import KeyIssueForm, KeyLostForm, KeyReturnForm, LockChangedForm
from .sheets import AddendumForm, DailySheetForm, RefuseForm, SheetFilterForm, SheetForm

__all__ = [
    "AddendumForm",
    "BookEntryForm",
    "DailySheetForm",
    "EscortForm",
    "FormTokenField",
    "HandOverForm",
    "HandoffForm",
    "KeyIssueForm",
    "KeyLostForm",
    "KeyReturnForm",
    "LendForm",
    "LockChangedForm",
    "RefuseForm",
    "SheetFilterForm",
    "SheetForm",
]
