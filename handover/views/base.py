"""What every handover page shares: who is the shift lead, the tablet's desk.

Guides work at their tablet's desk (another desk's sheet, key or loan is a 404); the supervisor
(the shift lead) sees every desk; the security desk sees the after-hours books.
"""

from typing import TypeVar

from django.contrib.auth.models import User
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_htmx.middleware import HtmxDetails

from hospital.desks import current_desk
from hospital.models import Desk

from ..services import is_shift_lead

LIST_LIMIT = 50
T = TypeVar("T")


class DeskRequest(HttpRequest):
    """A request to a handover page: `role_required` has let only a logged-in user through,
    and django-htmx says whether htmx sent it."""

    user: User
    htmx: HtmxDetails


def is_lead(request: HttpRequest) -> bool:
    return is_shift_lead(request.user)


def desk_or_404(request: HttpRequest) -> Desk:
    desk = current_desk(request)
    if desk is None:
        raise Http404(_("No desk is set up yet."))
    return desk


def desk_scope(request: HttpRequest) -> Q:
    """Return the desks whose keys and equipment this person handles: the lead's all, a guide's
    own."""
    return Q() if is_lead(request) else Q(desk=current_desk(request))


def redirect_next(request: HttpRequest, default: str) -> HttpResponseRedirect:
    """Redirect to the page the form came from (its `next` field, this site only), else
    `default`: the page that posted knows where its user works."""
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(next_url)
    return HttpResponseRedirect(default)
