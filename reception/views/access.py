"""Which desk a page is about, and who may see every desk."""

import datetime as dt

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django_htmx.middleware import HtmxDetails

from hospital.desks import current_desk
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
    desk_id = request.GET.get("desk")
    if desk_id and sees_all_desks(request.user):
        return get_object_or_404(Desk, pk=desk_id if desk_id.isdigit() else 0)
    desk = current_desk(request)
    if desk is None:
        raise Http404(_("No desk is set up yet; ask the administrator to add one."))
    return desk


def parse_day(value: str | None, default: dt.date) -> dt.date:
    """Return the ISO date in `value`, or `default` when it is missing or not a date."""
    parsed = parse_date(value) if value else None
    return parsed or default
