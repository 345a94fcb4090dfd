"""The bell in every page's header (`{% alert_bell %}`) and the urgent banner under it
(`{% alert_banner %}`, where alerts.js starts).

It costs the page no query: the count and the urgent banner come from the live poll, which
alerts.js calls as the page loads (answered 304 from one indexed read when nothing changed since
the previous page) and every few seconds after. Without script the bell is a link to the list.
"""

from typing import Any

from django import template
from django.conf import settings

from hospital.roles import Role, has_role

register = template.Library()


def _for_staff(context: template.Context) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"show_bell": user is not None and has_role(user, *Role.values), "user": user}


@register.inclusion_tag("alerts/_bell.html", takes_context=True)
def alert_bell(context: template.Context) -> dict[str, Any]:
    """Render the bell, in the header's row, for a member of staff."""
    return _for_staff(context)


@register.inclusion_tag("alerts/_live.html", takes_context=True)
def alert_banner(context: template.Context) -> dict[str, Any]:
    """Render, under the header, where the poll starts (every ALERTS_BELL_POLL_SECONDS) and the
    urgent banner shows."""
    return {**_for_staff(context), "poll_seconds": settings.ALERTS_BELL_POLL_SECONDS}
