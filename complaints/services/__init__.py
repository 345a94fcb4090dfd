"""The one write path for complaints: views, the admin and the commands all call these."""

from .intake import complaint_receive, due_times, next_reference, normalise_contact
from .workflow import (
    EDITABLE_FIELDS,
    IllegalTransition,
    StaleComplaint,
    complaint_acknowledge,
    complaint_add_entry,
    complaint_assign,
    complaint_escalate,
    complaint_follow_up,
    complaint_resolve,
    complaint_start_investigation,
    complaint_update,
    complaint_withdraw,
    complaints_escalate_overdue,
    describe_changes_since,
)

__all__ = [
    "EDITABLE_FIELDS",
    "IllegalTransition",
    "StaleComplaint",
    "complaint_acknowledge",
    "complaint_add_entry",
    "complaint_assign",
    "complaint_escalate",
    "complaint_follow_up",
    "complaint_receive",
    "complaint_resolve",
    "complaint_start_investigation",
    "complaint_update",
    "complaint_withdraw",
    "complaints_escalate_overdue",
    "describe_changes_since",
    "due_times",
    "next_reference",
    "normalise_contact",
]
