"""Complaints: intake, the two working-day clocks, the timeline, escalation and follow-up."""

from .complaint import (
    Complaint,
    ComplaintQuerySet,
    StaleComplaint,
    next_due_expression,
    sees_all_complaints,
)
from .references import ReferenceCounter
from .timeline import ComplaintEntry

__all__ = [
    "Complaint",
    "ComplaintEntry",
    "ComplaintQuerySet",
    "ReferenceCounter",
    "StaleComplaint",
    "next_due_expression",
    "sees_all_complaints",
]
