"""`{% visit_aftercare visit %}`: the visit page's follow-up plans and admission help.

The visit page lives on the top floor (overview); this tag lets it show what aftercare holds
about the visit without overview's view knowing aftercare's queries.
"""

from typing import Any

from django import template
from django.db.models import Count, Min, Q

from hospital.roles import Role, has_role
from reception.models import Visit

from ..models import AdmissionHelp, FollowUpPlan, FollowUpStep

register = template.Library()


@register.inclusion_tag("aftercare/_visit_panel.html", takes_context=True)
def visit_aftercare(context: dict[str, Any], visit: Visit) -> dict[str, Any]:
    """Return the visit's follow-up plans and admission help, with what the reader may do."""
    request = context["request"]
    open_steps = Q(steps__status=FollowUpStep.Status.OPEN)
    plans = list(
        FollowUpPlan.objects.visible_to(request.user)
        .filter(visit=visit)
        .select_related("template")
        .annotate(
            next_due=Min("steps__due_on", filter=open_steps),
            open_count=Count("steps", filter=open_steps),
        )
        .order_by("-started_at")
    )
    admission = None
    if visit.purpose == Visit.Purpose.ADMISSION:
        admission = AdmissionHelp.objects.filter(visit=visit).select_related("ward").first()
    return {
        "visit": visit,
        "plans": plans,
        "admission": admission,
        "is_admission": visit.purpose == Visit.Purpose.ADMISSION,
        "can_act": has_role(request.user, Role.GUIDE),
    }
