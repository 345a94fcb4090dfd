"""Complaints: intake, the two working-day clocks, the timeline, escalation and follow-up."""

from .complaint import Complaint, ComplaintQuerySet, StaleComplaint, sees_all_complaints
from .references import ReferenceCounter
from .timeline import ComplaintEntry

__all__ = [
    "Complaint",
    "ComplaintEntry",
    "ComplaintQuerySet",
    "ReferenceCounter",
    "StaleComplaint",
    "sees_all_complaints",
]
