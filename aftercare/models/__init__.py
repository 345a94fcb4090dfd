"""Before and after the visit: follow-up plans, confirmation calls, admission help, send-offs."""

from .confirmations import Confirmation
from .discharge import CARD_LANGUAGES, AdmissionHelp, DischargeSendOff
from .plans import FollowUpPlan, FollowUpStep, PlanTemplate, PlanTemplateStep

__all__ = [
    "CARD_LANGUAGES",
    "AdmissionHelp",
    "Confirmation",
    "DischargeSendOff",
    "FollowUpPlan",
    "FollowUpStep",
    "PlanTemplate",
    "PlanTemplateStep",
]
