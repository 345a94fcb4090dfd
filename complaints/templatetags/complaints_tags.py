"""Template tags other apps may use: the escalated-complaints panel of the supervisor's home."""

from typing import Any

from django import template
from django.utils import timezone

from complaints.models import Complaint

register = template.Library()

PANEL_LIMIT = 20


def escalated_panel_context(user: Any, *, limit: int = PANEL_LIMIT) -> dict[str, Any]:
    """Return the context of `_escalated_panel.html` for this user (two queries, any size)."""
    now = timezone.now()
    rows = list(
        Complaint.objects.visible_to(user)
        .escalated(now)
        .for_lists()
        .order_by("final_answer_due")[: limit + 1]
    )
    return {
        "escalated_complaints": rows[:limit],
        "escalated_more": len(rows) > limit,
        "now": now,
    }


@register.inclusion_tag("complaints/_escalated_panel.html", takes_context=True)
def escalated_complaints_panel(context: template.Context) -> dict[str, Any]:
    """Render the open complaints escalated by a manager or past their final answer date.

    Usage: `{% load complaints_tags %}{% escalated_complaints_panel %}`.
    """
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    return escalated_panel_context(user)
