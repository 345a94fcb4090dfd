"""Where aftercare plugs into the pages of the floors below it, at start-up (`connect`, called
from AftercareConfig.ready): reception and handover may not name aftercare, so they offer hooks.

- the callbacks list shows the follow-up calls due and the confirmation calls owed, beside the
  missed calls, with the script and a form to record each;
- an inquiry's page offers "Start a follow-up plan";
- the handoff form offers "Record the handoff and start a follow-up plan";
- the end-of-day summary counts confirmations (confirmed, changed, cancelled, no-show), follow-up
  calls, return visits, admissions helped and send-offs;
- the satisfaction report counts a follow-up call's satisfaction answer as a response for its
  visit on the "by phone" channel.
"""

import datetime as dt
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from handover.models import Handoff
from handover.views.escorts import register_after_handoff
from hospital.models import Desk
from hospital.roles import Role, has_role
from reception.models import Feedback, Inquiry
from reception.reports import register_response_source, register_summary_section
from reception.views.inquiries import (
    CallbackSection,
    register_callback_section,
    register_inquiry_action,
)

from .forms import ConfirmationForm
from .models import FollowUpStep
from .reports import day_counts
from .services.confirmations import confirmations_due

# How many calls of each kind the callbacks list shows, the oldest due first.
CALLS_SHOWN = 50


def callbacks_section(*, request: HttpRequest, desk: Desk, today: dt.date) -> dict[str, Any]:
    """Return the follow-up and confirmation calls the desk owes today, with their forms."""
    can_act = has_role(request.user, Role.GUIDE)
    steps = list(FollowUpStep.objects.due_by(desk, today)[:CALLS_SHOWN])
    confirmations = confirmations_due(desk, today, limit=CALLS_SHOWN)
    return {
        "follow_up_rows": [
            # The call is recorded on the plan's page, where its whole history is.
            {"step": step, "form": can_act}
            for step in steps
        ],
        "confirmation_rows": [
            {
                "inquiry": inquiry,
                "form": ConfirmationForm(prefix=f"c{inquiry.pk}") if can_act else None,
            }
            for inquiry in confirmations
        ],
        "calls_limit": CALLS_SHOWN,
    }


def summary_section(*, desk: Desk, day: dt.date) -> dict[str, Any]:
    """Return the day's aftercare figures for the end-of-day summary."""
    return {"aftercare": day_counts(day=day, desk=desk)}


def satisfaction_answers(*, first: dt.datetime, after: dt.datetime) -> QuerySet:
    """Return the visits whose follow-up call recorded a satisfaction answer in [first, after).

    A call about no visit (a plan started from an inquiry) answers for no visit: it is not a
    response in the report, whose rate is responses over visits.
    """
    return FollowUpStep.objects.filter(
        status=FollowUpStep.Status.DONE,
        satisfaction__isnull=False,
        plan__visit__isnull=False,
        done_at__gte=first,
        done_at__lt=after,
    ).values("plan__visit")


def plan_after_handoff(handoff: Handoff) -> str:
    """Return the page that starts a follow-up plan for the visitor just handed off."""
    return f"{reverse('aftercare:plan_start')}?handoff={handoff.pk}"


def plan_from_inquiry(inquiry: Inquiry) -> str:
    """Return the page that starts a follow-up plan for the person who asked."""
    return f"{reverse('aftercare:plan_start')}?inquiry={inquiry.pk}"


def connect() -> None:
    """Plug aftercare into the callbacks list and the end-of-day summary."""
    register_callback_section(
        CallbackSection(
            key="aftercare", template="aftercare/_callbacks_section.html", gather=callbacks_section
        )
    )
    register_summary_section("aftercare", "aftercare/_summary_section.html", summary_section)
    register_response_source("follow_up_calls", Feedback.Channel.PHONE, satisfaction_answers)
    register_inquiry_action("follow_up", _("Start a follow-up plan"), plan_from_inquiry)
    register_after_handoff(
        "follow_up", _("Record the handoff and start a follow-up plan"), plan_after_handoff
    )
