"""The desk a tablet is working at: chosen on the tablet, remembered in the session."""

from django.http import HttpRequest

from .models import Desk, StaffProfile

SESSION_KEY = "front_desk_desk_id"
# The desk found for this request, kept on it so that a page asks the database once.
_ON_REQUEST = "_front_desk_desk"


def current_desk(request: HttpRequest) -> Desk | None:
    """Return the desk of this tablet's session, else the user's home desk, else the first one.

    Cached on the request so that a page asks the database once.
    """
    if hasattr(request, _ON_REQUEST):
        cached: Desk | None = getattr(request, _ON_REQUEST)
        return cached
    desk = None
    desk_id = request.session.get(SESSION_KEY)
    if desk_id:
        desk = Desk.objects.filter(pk=desk_id, is_active=True).first()
    if desk is None and request.user.is_authenticated:
        profile = StaffProfile.objects.select_related("home_desk").filter(user=request.user).first()
        if profile and profile.home_desk and profile.home_desk.is_active:
            desk = profile.home_desk
    if desk is None:
        desk = Desk.objects.filter(is_active=True).order_by("code").first()
    setattr(request, _ON_REQUEST, desk)
    return desk


def choose_desk(request: HttpRequest, desk: Desk) -> None:
    request.session[SESSION_KEY] = desk.pk
    setattr(request, _ON_REQUEST, desk)
