"""The one write path for complaints: views, the admin and the commands all call these."""

from ..models import StaleComplaint
from .intake import (
    complaint_check_intake,
    complaint_receive,
    due_times,
    next_reference,
    normalise_contact,
)
from .workflow import (
    EDITABLE_FIELDS,
    complaint_acknowledge,
    complaint_add_entry,
    complaint_assign,
    complaint_check_update,
    complaint_escalate,
    complaint_follow_up,
    complaint_resolve,
    complaint_start_investigation,
    complaint_update,
    complaint_withdraw,
    complaints_escalate_overdue,
)

__all__ = [
    "EDITABLE_FIELDS",
    "StaleComplaint",
    "complaint_acknowledge",
    "complaint_add_entry",
    "complaint_assign",
    "complaint_check_intake",
    "complaint_check_update",
    "complaint_escalate",
    "complaint_follow_up",
    "complaint_receive",
    "complaint_resolve",
    "complaint_start_investigation",
    "complaint_update",
    "complaint_withdraw",
    "complaints_escalate_overdue",
    "due_times",
    "next_reference",
    "normalise_contact",
]
