"""Which desk a page is about, and who may see every desk."""

import datetime as dt

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from django_htmx.middleware import HtmxDetails

from hospital.desks import current_desk
from hospital.filters import query_day, query_object
from hospital.models import Desk
from hospital.roles import Role, has_role


class StaffRequest(HttpRequest):
    """A request past `role_required`: a member of staff is logged in; htmx says how it came."""

    user: User
    htmx: HtmxDetails


def sees_all_desks(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Return whether the user reads every desk's pages (supervisors) or only the tablet's."""
    return has_role(user, Role.SUPERVISOR)


def desk_or_404(request: HttpRequest) -> Desk:
    """Return the desk a page is about: a supervisor may pick one with ?desk=, a guide may not."""
    if request.GET.get("desk") and sees_all_desks(request.user):
        chosen = query_object(request, Desk.objects.all(), "desk")
        if chosen is not None:
            return chosen
    desk = current_desk(request)
    if desk is None:
        raise Http404(_("No desk is set up yet; ask the administrator to add one."))
    return desk


def parse_day(request: HttpRequest, name: str, default: dt.date) -> dt.date:
    """Return the day in `?name=`, or `default` when it is missing; a bad day says so."""
    return query_day(request, name, default=default)
