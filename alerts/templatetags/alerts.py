"""The bell in every page's header: `{% alert_bell %}` (one query; the banner one more if urgent)."""

from typing import Any

from django import template

from hospital.roles import Role, has_role

from ..inbox import Inbox, inbox_of

register = template.Library()


@register.inclusion_tag("alerts/_bell.html", takes_context=True)
def alert_bell(context: template.Context) -> dict[str, Any]:
    """Render the bell with the open count and the urgent banner for the person logged in."""
    request = context.get("request")
    user = getattr(request, "user", None)
    staff = user is not None and has_role(user, *Role.values)
    return {
        "request": request,
        "show_bell": staff,
        "inbox": inbox_of(user) if staff else Inbox(),
    }
