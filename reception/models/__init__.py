"""Reception's models, one module per sub-domain; Django finds them all here."""

from .board import BoardStamp
from .feedback import FEEDBACK_DIMENSIONS, Feedback, FeedbackDimension, ImprovementPlan
from .inquiries import Inquiry, InquiryQuerySet
from .queue import QueueCounter
from .visits import (
    URGENCY_RANK,
    Urgency,
    Visit,
    Visitor,
    VisitorQuerySet,
    VisitQuerySet,
    VisitRecordQuerySet,
)

__all__ = [
    "BoardStamp",
    "FEEDBACK_DIMENSIONS",
    "URGENCY_RANK",
    "Feedback",
    "FeedbackDimension",
    "ImprovementPlan",
    "Inquiry",
    "InquiryQuerySet",
    "QueueCounter",
    "Urgency",
    "Visit",
    "VisitQuerySet",
    "VisitRecordQuerySet",
    "Visitor",
    "VisitorQuerySet",
]
